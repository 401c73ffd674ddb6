"""asyncio's datagram (UDP) endpoints for tpy: loop.create_datagram_endpoint and its transport.

The transport reads a datagram whenever its socket is readable and hands it to the
protocol's datagram_received; sendto() sends at once (a UDP send never waits for room in
tpy), queueing only what the socket refuses with BlockingIOError until it is writable.
Socket errors of a send or a receive (an ICMP "port unreachable" on a connected
endpoint...) go to the protocol's error_received, as in CPython.
"""

import collections
import socket

from . import futures, selector_events, transports


async def create_datagram_endpoint(loop, protocol_factory, local_addr=None, remote_addr=None, *,
                                   family=0, proto=0, flags=0, reuse_port=None,
                                   allow_broadcast=None, sock=None):
    """What loop.create_datagram_endpoint does: a (transport, protocol) pair over a UDP socket."""
    if sock is not None:
        if sock.type != socket.SOCK_DGRAM:
            raise ValueError(f'A UDP Socket was expected, got {sock!r}')
        given = dict(local_addr=local_addr, remote_addr=remote_addr, family=family, proto=proto,
                     flags=flags, reuse_port=reuse_port, allow_broadcast=allow_broadcast)
        problems = ', '.join(f'{k}={v}' for k, v in given.items() if v)
        if problems:
            raise ValueError(f'socket modifier keyword arguments can not be used when sock is specified. ({problems})')
        sock.setblocking(False)
        remote = None
    else:
        if not (local_addr or remote_addr):
            if family == 0:
                raise ValueError('unexpected address family')
            local = remote = None
        else:
            local = await _one_address(loop, local_addr, family, proto, flags) if local_addr else None
            remote = await _one_address(loop, remote_addr, family, proto, flags) if remote_addr else None
            family = (local or remote)[0]
        if reuse_port:
            raise NotImplementedError('tpy sockets do not support SO_REUSEPORT')
        sock = socket.socket(family or socket.AF_INET, socket.SOCK_DGRAM, proto)
        try:
            if allow_broadcast:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
            sock.setblocking(False)
            if local is not None:
                sock.bind(local[1])
            if remote is not None:
                if not allow_broadcast:
                    await loop.sock_connect(sock, remote[1])
                remote = remote[1]
        except BaseException:
            sock.close()
            raise
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _SelectorDatagramTransport(loop, sock, protocol, remote, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def _one_address(loop, addr, family, proto, flags):
    """(family, sockaddr) of the first address getaddrinfo gives for a (host, port)."""
    if not isinstance(addr, tuple) or len(addr) != 2:
        raise TypeError('2-tuple is expected')
    infos = await loop.getaddrinfo(*addr, family=family, type=socket.SOCK_DGRAM, proto=proto, flags=flags)
    if not infos:
        raise OSError('getaddrinfo() returned empty list')
    return infos[0][0], infos[0][4]


class _SelectorDatagramTransport(selector_events._SocketTransportClosing, transports.DatagramTransport):
    """A UDP socket driven by the loop's selector."""

    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, address=None, waiter=None):
        super().__init__({'socket': sock})
        for name, query in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
            try:
                self._extra[name] = query()
            except OSError:
                self._extra[name] = None
        self._loop = loop
        self._sock = sock
        self._fd = sock.fileno()
        self._protocol = protocol
        self._address = address
        self._buffer = collections.deque()
        self._buffer_size = 0
        self._closing = False
        self._lost = 0
        loop._transports[self._fd] = self
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(loop._add_reader, self._fd, self._read_ready)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        return selector_events._transport_repr(self, self._buffer_size)

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def get_write_buffer_size(self):
        return self._buffer_size

    def _read_ready(self):
        if self._lost:
            return
        try:
            data, addr = self._sock.recvfrom(self.max_size)
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as exc:
            self._protocol.error_received(exc)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')
        else:
            self._protocol.datagram_received(data, addr)

    def sendto(self, data, addr=None):
        """Send one datagram (to the connected address when addr is None)."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._lost and self._address:
            self._lost += 1
            return
        if not self._buffer:
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
                return
            except (BlockingIOError, InterruptedError):
                self._loop._add_writer(self._fd, self._write_ready)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._buffer.append((bytes(data), addr))
        self._buffer_size += len(data)

    def _write_ready(self):
        while self._buffer:
            data, addr = self._buffer.popleft()
            self._buffer_size -= len(data)
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
            except (BlockingIOError, InterruptedError):
                self._buffer.appendleft((data, addr))
                self._buffer_size += len(data)
                return
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._loop._remove_writer(self._fd)
        if self._closing:
            self._connection_lost(None)

    def _clear_buffer(self):
        self._buffer.clear()
        self._buffer_size = 0

