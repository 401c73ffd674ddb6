"""The event loop asyncio makes: BaseEventLoop's callbacks and timers, plus sockets.

Sockets are non-blocking. A socket the loop watches is registered in a selector with a
(reader handle, writer handle) pair; when the loop has nothing ready it waits in the
selector up to its next timer (tpy's select parks on Node's event loop, using no CPU), then
queues the handles of the sockets that became ready before the timers that fell due, the
order CPython's loop runs them in. The selector (and with it the socket and selectors
modules) is made at the first socket watched: a program of tasks and timers never loads it.
"""

import _thread
import time

from . import events, futures, tasks
from . import transports
from .servers import Server

__all__ = ('SelectorEventLoop',)

# A transport keeps sending what it was given after this many writes to a lost connection, with
# one warning each time (as CPython's constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES).
_WARN_AFTER_LOST_WRITES = 5

# How often a loop that watches sockets while other threads are alive looks at its wake-up
# lock (call_soon_threadsafe): one wait cannot cover both a selector and a lock.
_THREAD_POLL = 0.01


def _selectors():
    import selectors
    return selectors


def _fd_of(fileobj):
    if isinstance(fileobj, int):
        return fileobj
    try:
        return int(fileobj.fileno())
    except (AttributeError, TypeError, ValueError):
        raise ValueError(f'Invalid file object: {fileobj!r}') from None


class _UnixSelectorEventLoop(events.BaseEventLoop):
    """BaseEventLoop with sockets: readers and writers, sock_* coroutines, connections, servers."""

    def __init__(self, selector=None):
        super().__init__()
        self._selector = selector
        self._transports = {}      # fd -> the transport that owns it

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self.is_closed():
            return
        super().close()
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    # Waiting

    def _wait_for_events(self, timeout):
        selector = self._selector
        if selector is None or not selector.get_map():
            return super()._wait_for_events(timeout)
        if not _thread._count():
            ready = selector.select(timeout)
        else:
            ready = self._select_or_wakeup(selector, timeout)
        self._queue_ready_io(ready)

    def _select_or_wakeup(self, selector, timeout):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            step = _THREAD_POLL if deadline is None else max(0, min(_THREAD_POLL, deadline - time.monotonic()))
            ready = selector.select(step)
            if ready or self._wakeup.acquire(False):
                return ready
            if deadline is not None and time.monotonic() >= deadline:
                return ready

    def _queue_ready_io(self, ready):
        EVENT_READ = 1
        for key, mask in ready:
            reader, writer = key.data
            for handle, wanted, drop in ((reader, EVENT_READ, self._remove_reader),
                                         (writer, 2, self._remove_writer)):
                if handle is None or not mask & wanted:
                    continue
                if handle._cancelled:
                    drop(key.fd)
                else:
                    self._ready.append(handle)

    # Readers and writers

    def _selector_for_io(self):
        self._check_closed()
        if self._selector is None:
            self._selector = _selectors().DefaultSelector()
        return self._selector

    def _watch(self, fd, is_writer, callback, args):
        selector = self._selector_for_io()
        handle = events.Handle(callback, args, self, None)
        mask = 2 if is_writer else 1
        try:
            key = selector.get_key(fd)
        except KeyError:
            pair = (None, handle) if is_writer else (handle, None)
            selector.register(fd, mask, pair)
            return handle
        reader, writer = key.data
        old = writer if is_writer else reader
        pair = (reader, handle) if is_writer else (handle, writer)
        selector.modify(fd, key.events | mask, pair)
        if old is not None:
            old.cancel()
        return handle

    def _is_watching(self, fd, mask):
        if self._selector is None:
            return False
        try:
            return bool(self._selector.get_key(fd).events & mask)
        except KeyError:
            return False

    def _unwatch(self, fd, is_writer):
        if self.is_closed() or self._selector is None:
            return False
        fd = _fd_of(fd)
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        reader, writer = key.data
        mask = key.events & ~(2 if is_writer else 1)
        pair = (reader, None) if is_writer else (None, writer)
        if mask:
            self._selector.modify(fd, mask, pair)
        else:
            self._selector.unregister(fd)
        gone = writer if is_writer else reader
        if gone is None:
            return False
        gone.cancel()
        return True

    def _add_reader(self, fd, callback, *args):
        return self._watch(_fd_of(fd), False, callback, args)

    def _remove_reader(self, fd):
        return self._unwatch(fd, False)

    def _add_writer(self, fd, callback, *args):
        return self._watch(_fd_of(fd), True, callback, args)

    def _remove_writer(self, fd):
        return self._unwatch(fd, True)

    def _refuse_transport_fd(self, fd):
        fd = _fd_of(fd)
        transport = self._transports.get(fd)
        if transport is not None and not transport.is_closing():
            raise RuntimeError(f'File descriptor {fd!r} is used by transport {transport!r}')

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever fd is readable."""
        self._refuse_transport_fd(fd)
        self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        self._refuse_transport_fd(fd)
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever fd is writable."""
        self._refuse_transport_fd(fd)
        self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        self._refuse_transport_fd(fd)
        return self._remove_writer(fd)

    # sock_* coroutines: one try at once, then a retry each time the socket is ready

    async def _until_done(self, sock, is_writer, attempt):
        """Run attempt(fut) now and again whenever `sock` is ready, until it settles fut."""
        fut = self.create_future()
        attempt(fut)
        if fut.done():
            return await fut
        fd = sock.fileno()
        self._refuse_transport_fd(fd)
        self._watch(fd, is_writer, attempt, (fut,))

        def _stop_watching(_fut):
            self._unwatch(fd, is_writer)
        fut.add_done_callback(_stop_watching)
        return await fut

    @staticmethod
    def _settle(fut, operation):
        """Settle fut with operation()'s result or error; leave it pending if the socket would block."""
        if fut.done():
            return
        try:
            result = operation()
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)

    async def sock_recv(self, sock, n):
        return await self._until_done(sock, False, lambda fut: self._settle(fut, lambda: sock.recv(n)))

    async def sock_recv_into(self, sock, buf):
        return await self._until_done(sock, False, lambda fut: self._settle(fut, lambda: sock.recv_into(buf)))

    async def sock_recvfrom(self, sock, bufsize):
        return await self._until_done(sock, False, lambda fut: self._settle(fut, lambda: sock.recvfrom(bufsize)))

    async def sock_recvfrom_into(self, sock, buf, nbytes=0):
        return await self._until_done(sock, False, lambda fut: self._settle(fut, lambda: sock.recvfrom_into(buf, nbytes)))

    async def sock_sendto(self, sock, data, address):
        return await self._until_done(sock, True, lambda fut: self._settle(fut, lambda: sock.sendto(data, address)))

    async def sock_sendall(self, sock, data):
        left = [bytes(data)]

        def send_some():
            while left[0]:
                sent = sock.send(left[0])
                left[0] = left[0][sent:]
            return None
        return await self._until_done(sock, True, lambda fut: self._settle(fut, send_some))

    async def sock_connect(self, sock, address):
        started = []

        def connect():
            if not started:
                started.append(True)
                try:
                    sock.connect(address)
                except BlockingIOError:
                    started.append('pending')
                    raise
                return None
            # The connection attempt ended: its outcome is the socket's pending error.
            import socket
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err:
                raise OSError(err, f'Connect call failed {address}')
            return None
        return await self._until_done(sock, True, lambda fut: self._settle(fut, connect))

    async def sock_accept(self, sock):
        def accept():
            conn, address = sock.accept()
            conn.setblocking(False)
            return conn, address
        return await self._until_done(sock, False, lambda fut: self._settle(fut, accept))

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        # tpy's resolver parks the thread on Node's event loop: no worker thread is needed.
        import socket
        return socket.getaddrinfo(host, port, family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        import socket
        return socket.getnameinfo(sockaddr, flags)

    # Connections

    @staticmethod
    def _refuse_ssl(ssl):
        if ssl:
            raise NotImplementedError('tpy: asyncio has no SSL/TLS (ssl= must be None)')

    async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                                family=0, proto=0, flags=0, sock=None, local_addr=None,
                                server_hostname=None, ssl_handshake_timeout=None,
                                ssl_shutdown_timeout=None, happy_eyeballs_delay=None, interleave=None):
        """Connect to host:port (or use the connected `sock`); returns (transport, protocol)."""
        import socket
        self._refuse_ssl(ssl)
        if server_hostname is not None:
            raise ValueError('server_hostname is only meaningful with ssl')
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            sock = await self._connect_any(host, port, family, proto, flags, local_addr)
        elif sock is None:
            raise ValueError('host and port was not specified and no sock specified')
        elif sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        return await self._transport_for(sock, protocol_factory)

    async def _connect_any(self, host, port, family, proto, flags, local_addr):
        """A socket connected to the first address of host:port that accepts; the errors of all if none does."""
        import socket
        addresses = await self.getaddrinfo(host, port, family=family, type=socket.SOCK_STREAM, proto=proto, flags=flags)
        if not addresses:
            raise OSError('getaddrinfo() returned empty list')
        errors = []
        for fam, kind, prot, _, address in addresses:
            sock = socket.socket(fam, kind, prot)
            try:
                sock.setblocking(False)
                if local_addr is not None:
                    sock.bind(local_addr)
                await self.sock_connect(sock, address)
                return sock
            except OSError as exc:
                errors.append(exc)
                sock.close()
            except BaseException:
                sock.close()
                raise
        texts = {str(exc) for exc in errors}
        if len(errors) == 1 or len(texts) == 1:
            raise errors[0]
        raise OSError('Multiple exceptions: {}'.format(', '.join(str(exc) for exc in errors)))

    async def _transport_for(self, sock, protocol_factory, extra=None, server=None):
        sock.setblocking(False)
        protocol = protocol_factory()
        connected = self.create_future()
        transport = _SelectorSocketTransport(self, sock, protocol, connected, extra, server)
        try:
            await connected
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
                                      ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        import socket
        self._refuse_ssl(ssl)
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        return await self._transport_for(sock, protocol_factory)

    # Servers

    async def create_server(self, protocol_factory, host=None, port=None, *, family=0, flags=1,
                            sock=None, backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True):
        """Listen on host:port (every address it names; all interfaces for None or '') or on `sock`."""
        import socket
        self._refuse_ssl(ssl)
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            sockets = await self._listening_sockets(host, port, family, flags, reuse_address, reuse_port)
        elif sock is None:
            raise ValueError('Neither host/port nor sock were specified')
        elif sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        else:
            sockets = [sock]
        for s in sockets:
            s.setblocking(False)
        server = Server(self, sockets, protocol_factory, ssl, backlog, ssl_handshake_timeout, ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            # One turn of the loop, so that the server is accepting when this returns.
            await tasks.sleep(0)
        return server

    async def create_datagram_endpoint(self, protocol_factory, local_addr=None, remote_addr=None, **kwargs):
        from .datagram import create_datagram_endpoint
        return await create_datagram_endpoint(self, protocol_factory, local_addr, remote_addr, **kwargs)

    async def _listening_sockets(self, host, port, family, flags, reuse_address, reuse_port):
        import socket
        hosts = [None] if host in (None, '') else [host] if isinstance(host, str) else list(host)
        if reuse_address is None:
            reuse_address = True
        bound = []
        try:
            for name in hosts:
                for fam, kind, prot, _, address in await self.getaddrinfo(
                        name, port, family=family, type=socket.SOCK_STREAM, flags=flags):
                    if any(s.getsockname() == address for s in bound):
                        continue
                    sock = socket.socket(fam, kind, prot)
                    bound.append(sock)
                    if reuse_address:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                    if reuse_port:
                        raise ValueError('reuse_port not supported by socket module')
                    try:
                        sock.bind(address)
                    except OSError as err:
                        raise OSError(err.errno, 'error while attempting to bind on address %r: %s'
                                      % (address, err.strerror.lower())) from None
        except BaseException:
            for sock in bound:
                sock.close()
            raise
        return bound

    def _start_serving(self, protocol_factory, sock, sslcontext=None, server=None, backlog=100,
                       ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        self._add_reader(sock.fileno(), self._accept_ready, protocol_factory, sock, server, backlog)

    def _stop_serving(self, sock):
        self._remove_reader(sock.fileno())
        sock.close()

    def _accept_ready(self, protocol_factory, sock, server, backlog):
        # Up to `backlog` connections a turn: each gets its transport made in a task of its own.
        for _ in range(backlog):
            try:
                conn, address = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                self.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc,
                    'socket': sock,
                })
                self._remove_reader(sock.fileno())
                self.call_later(1, self._start_serving, protocol_factory, sock, None, server, backlog)
                return
            self.create_task(self._serve_connection(protocol_factory, conn, {'peername': address}, server))

    async def _serve_connection(self, protocol_factory, conn, extra, server):
        protocol = None
        try:
            protocol = protocol_factory()
            connected = self.create_future()
            transport = _SelectorSocketTransport(self, conn, protocol, connected, extra, server)
            try:
                await connected
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if self._debug:
                context = {'message': 'Error on transport creation for incoming connection', 'exception': exc}
                if protocol is not None:
                    context['protocol'] = protocol
                self.call_exception_handler(context)


SelectorEventLoop = _UnixSelectorEventLoop


def _transport_repr(transport, bufsize):
    """A socket transport's repr: its state, its fd, and what the selector watches for it
    (not what the transport wants: after the peer's EOF a half-closed transport still
    "reads" but no longer polls)."""
    parts = [transport.__class__.__name__]
    if transport._sock is None:
        parts.append('closed')
    elif transport._closing:
        parts.append('closing')
    parts.append(f'fd={transport._fd}')
    loop = transport._loop
    if transport._sock is not None and loop is not None and not loop.is_closed():
        parts.append('read=polling' if loop._is_watching(transport._fd, 1) else 'read=idle')
        writing = 'polling' if loop._is_watching(transport._fd, 2) else 'idle'
        parts.append(f'write=<{writing}, bufsize={bufsize}>')
    return '<{}>'.format(' '.join(parts))


class _SocketTransportClosing:
    """How a transport over a socket the selector watches closes (the socket and the
    datagram transports): close() once its buffer is sent, abort() at once, a fatal error
    reported unless it is an OSError, and the protocol's connection_lost() called soon after,
    once. The transport keeps _loop, _sock, _fd, _protocol, _buffer, _closing and _lost."""

    __slots__ = ()

    def close(self):
        """Close once the buffered writes are sent; the protocol hears connection_lost(None)."""
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._fd)
        if not self._buffer:
            self._lost += 1
            self._loop._remove_writer(self._fd)
            self._loop.call_soon(self._connection_lost, None)

    def abort(self):
        """Close at once, dropping buffered writes."""
        self._force_close(None)

    def _fatal_error(self, exc, message):
        # A socket error (reset, broken pipe...) is the connection's end, not a bug to report.
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._lost:
            return
        if self._buffer:
            self._clear_buffer()
            self._loop._remove_writer(self._fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._fd)
        self._lost += 1
        self._loop.call_soon(self._connection_lost, exc)

    def _connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            if self._loop._transports.get(self._fd) is self:
                del self._loop._transports[self._fd]
            self._protocol = None
            self._loop = None

    def _clear_buffer(self):
        self._buffer.clear()


class _SelectorSocketTransport(_SocketTransportClosing, transports.Transport):
    """A connected stream socket: reads whenever it is readable (unless paused) into the
    protocol, writes at once what the socket takes and buffers the rest until it is writable."""

    __slots__ = ('_loop', '_sock', '_fd', '_protocol', '_server', '_buffer', '_closing',
                 '_lost', '_eof', '_reading', '_writing_paused', '_high', '_low', '_buffered_protocol')

    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, connected=None, extra=None, server=None):
        import socket
        from . import protocols
        super().__init__(dict(extra or {}))
        self._extra['socket'] = sock
        for name, query in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
            if name not in self._extra:
                try:
                    self._extra[name] = query()
                except OSError:
                    self._extra[name] = None
        self._loop = loop
        self._sock = sock
        self._fd = sock.fileno()
        self._protocol = protocol
        self._buffered_protocol = isinstance(protocol, protocols.BufferedProtocol)
        self._server = server
        self._buffer = bytearray()
        self._closing = False
        self._lost = 0               # writes made after the connection was lost (0: not lost)
        self._eof = False            # write_eof() called
        self._reading = True
        self._writing_paused = False
        self._high = 64 * 1024
        self._low = 16 * 1024
        loop._transports[self._fd] = self
        if server is not None:
            server._attach()
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if connected is not None:
            loop.call_soon(futures._set_result_unless_cancelled, connected, None)

    def __repr__(self):
        return _transport_repr(self, len(self._buffer))

    # The protocol

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        from . import protocols
        self._protocol = protocol
        self._buffered_protocol = isinstance(protocol, protocols.BufferedProtocol)

    def is_closing(self):
        return self._closing

    # Reading

    def _start_reading(self):
        if self._reading and not self._closing:
            self._loop._add_reader(self._fd, self._read_ready)

    def is_reading(self):
        return self._reading and not self._closing

    def pause_reading(self):
        if self._closing or not self._reading:
            return
        self._reading = False
        self._loop._remove_reader(self._fd)

    def resume_reading(self):
        if self._closing or self._reading:
            return
        self._reading = True
        self._loop._add_reader(self._fd, self._read_ready)

    def _read_ready(self):
        if self._lost:
            return
        try:
            if self._buffered_protocol:
                buf = self._protocol.get_buffer(-1)
                data = self._sock.recv(len(buf))
                buf[:len(data)] = data
            else:
                data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not data:
            self._peer_eof()
            return
        try:
            if self._buffered_protocol:
                self._protocol.buffer_updated(len(data))
            else:
                self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _peer_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            # Half closed: the peer sends nothing more, we may still write.
            self._loop._remove_reader(self._fd)
        else:
            self.close()

    # Writing

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._lost:
            if self._lost >= _WARN_AFTER_LOST_WRITES:
                import logging
                logging.getLogger('asyncio').warning('socket.send() raised exception.')
            self._lost += 1
            return
        if not self._buffer:
            try:
                sent = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                sent = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            data = data[sent:]
            if not data:
                return
            self._loop._add_writer(self._fd, self._write_ready)
        self._buffer.extend(data)
        self._check_high_water()

    def _write_ready(self):
        if self._lost:
            return
        try:
            sent = self._sock.send(bytes(self._buffer))
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._remove_writer(self._fd)
            self._buffer.clear()
            self._fatal_error(exc, 'Fatal write error on socket transport')
            return
        del self._buffer[:sent]
        self._check_low_water()
        if self._buffer:
            return
        self._loop._remove_writer(self._fd)
        if self._closing:
            self._connection_lost(None)
        elif self._eof:
            import socket
            self._sock.shutdown(socket.SHUT_WR)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            import socket
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    def get_write_buffer_size(self):
        return len(self._buffer)

    def get_write_buffer_limits(self):
        return (self._low, self._high)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high, self._low = high, low
        self._check_high_water()

    def _check_high_water(self):
        if self._writing_paused or len(self._buffer) <= self._high:
            return
        self._writing_paused = True
        self._call_protocol('pause_writing')

    def _check_low_water(self):
        if self._writing_paused and len(self._buffer) <= self._low:
            self._writing_paused = False
            self._call_protocol('resume_writing')

    def _call_protocol(self, name):
        try:
            getattr(self._protocol, name)()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'protocol.{name}() failed',
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })

    # Closing

    def _connection_lost(self, exc):
        try:
            super()._connection_lost(exc)
        finally:
            server, self._server = self._server, None
            if server is not None:
                server._detach()
