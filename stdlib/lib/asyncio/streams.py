"""Streams: connections read and written with coroutines instead of protocol callbacks.

A StreamReaderProtocol sits between a socket transport and a StreamReader (which buffers
what arrives and lets coroutines wait for it) and a StreamWriter (which writes through
the transport and lets coroutines wait for its buffer to drain).
"""

import collections

from . import coroutines, events, exceptions, protocols, tasks

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
           'start_server', 'open_unix_connection', 'start_unix_server')

_DEFAULT_LIMIT = 2 ** 16    # 64 KiB


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connect to host:port; returns (reader, writer)."""
    loop = events.get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Serve host:port: each connection calls client_connected_cb(reader, writer) (a coroutine
    function's call becomes a task)."""
    loop = events.get_running_loop()

    def connection_protocol():
        return StreamReaderProtocol(StreamReader(limit=limit, loop=loop), client_connected_cb, loop=loop)
    return await loop.create_server(connection_protocol, host, port, **kwds)


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    raise NotImplementedError('tpy: asyncio has no Unix domain sockets')


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    raise NotImplementedError('tpy: asyncio has no Unix domain sockets')


class FlowControlMixin(protocols.Protocol):
    """Write flow control for coroutines: drain() waits while the transport has writing paused."""

    def __init__(self, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._paused = False
        self._drain_queue = collections.deque()
        self._connection_lost = False

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        self._release_drain_queue(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        if self._paused:
            self._release_drain_queue(exc)

    def _release_drain_queue(self, exc):
        for waiter in self._drain_queue:
            if waiter.done():
                continue
            if exc is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(exc)

    async def _until_writable(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_queue.append(waiter)
        try:
            await waiter
        finally:
            self._drain_queue.remove(waiter)

    def _close_future_for(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, protocols.Protocol):
    """Feeds a StreamReader from a transport; for a server, also calls client_connected_cb."""

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        self._stream_writer = None
        self._client_connected_cb = client_connected_cb
        self._task = None
        self._transport = None
        self._over_ssl = False
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is None:
            return
        self._stream_writer = StreamWriter(transport, self, reader, self._loop)
        outcome = self._client_connected_cb(reader, self._stream_writer)
        if coroutines.iscoroutine(outcome):
            self._task = self._loop.create_task(outcome)
            # A handler that fails is reported through the loop's exception handler and its
            # connection closed, so the client sees EOF instead of waiting for ever.
            self._task.add_done_callback(lambda task: self._handler_done(task, transport))

    def _handler_done(self, task, transport):
        error = task.exception()
        if error is None:
            return
        self._loop.call_exception_handler({
            'message': 'Unhandled exception in client_connected_cb',
            'exception': error,
            'transport': transport,
        })
        transport.close()

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
                # Retrieved here: a connection that failed is reported by wait_closed() to
                # whoever awaits it, not as an exception nobody retrieved.
                self._closed.exception()
        super().connection_lost(exc)
        self._stream_reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        if self._stream_reader is not None:
            self._stream_reader.feed_data(data)

    def eof_received(self):
        if self._stream_reader is not None:
            self._stream_reader.feed_eof()
        # Keep the transport open for writing (half close), except over TLS (none in tpy).
        return not self._over_ssl

    def _close_future_for(self, stream):
        return self._closed


class StreamWriter:
    """Writes to a connection; drain() waits until the transport will take more."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        parts = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            parts.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(parts))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._close_future_for(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        """Wait until the write buffer is below its high-water mark (raises the reader's error, if any)."""
        if self._reader is not None:
            error = self._reader.exception()
            if error is not None:
                raise error
        if self._transport.is_closing():
            # Let connection_lost run first, so a lost connection raises below.
            await tasks.sleep(0)
        await self._protocol._until_writable()


class StreamReader:
    """A buffer of received bytes that coroutines read from, waiting when it is short."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = events.get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None          # the future a read waits on for more data
        self._exception = None
        self._transport = None
        self._paused = False         # reading paused because the buffer is over 2 * limit

    def __repr__(self):
        parts = ['StreamReader']
        if self._buffer:
            parts.append(f'{len(self._buffer)} bytes')
        if self._eof:
            parts.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            parts.append(f'limit={self._limit}')
        if self._waiter is not None:
            parts.append(f'waiter={self._waiter!r}')
        if self._exception is not None:
            parts.append(f'exception={self._exception!r}')
        if self._transport is not None:
            parts.append(f'transport={self._transport!r}')
        if self._paused:
            parts.append('paused')
        return '<{}>'.format(' '.join(parts))

    # The protocol's side

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake(exc)

    def set_transport(self, transport):
        if self._transport is not None:
            raise AssertionError('Transport already set')
        self._transport = transport

    def feed_eof(self):
        self._eof = True
        self._wake(None)

    def at_eof(self):
        """True when the stream ended and everything in it was read."""
        return self._eof and not self._buffer

    def feed_data(self, data):
        if self._eof:
            raise AssertionError('feed_data after feed_eof')
        if not data:
            return
        self._buffer.extend(data)
        self._wake(None)
        if self._transport is not None and not self._paused and len(self._buffer) > 2 * self._limit:
            try:
                self._transport.pause_reading()
            except NotImplementedError:
                self._transport = None
            else:
                self._paused = True

    def _wake(self, exc):
        waiter, self._waiter = self._waiter, None
        if waiter is None or waiter.cancelled():
            return
        if exc is None:
            waiter.set_result(None)
        else:
            waiter.set_exception(exc)

    # The reading side

    async def _more(self, who):
        """Wait until data arrives or the stream ends."""
        if self._waiter is not None:
            raise RuntimeError(f'{who}() called while another coroutine is already waiting for incoming data')
        if self._eof:
            raise AssertionError('_wait_for_data after EOF')
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    def _take(self, n):
        """The first n bytes of the buffer, removed from it (reading resumes once it is short)."""
        chunk = bytes(self._buffer[:n])
        del self._buffer[:n]
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()
        return chunk

    def _raise_if_failed(self):
        if self._exception is not None:
            raise self._exception

    async def read(self, n=-1):
        """Up to n bytes (at least one unless at EOF); n < 0: everything up to EOF."""
        self._raise_if_failed()
        if n == 0:
            return b''
        if n < 0:
            pieces = []
            while True:
                piece = await self.read(self._limit)
                if not piece:
                    return b''.join(pieces)
                pieces.append(piece)
        if not self._buffer and not self._eof:
            await self._more('read')
        return self._take(n)

    async def readexactly(self, n):
        """Exactly n bytes; IncompleteReadError (with what there was) if the stream ends first."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        self._raise_if_failed()
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                partial = self._take(len(self._buffer))
                raise exceptions.IncompleteReadError(partial, n)
            await self._more('readexactly')
        return self._take(n)

    async def readuntil(self, separator=b'\n'):
        """Everything up to and including `separator`. IncompleteReadError if the stream ends
        first; LimitOverrunError (the data left in the buffer) past the limit."""
        width = len(separator)
        if width == 0:
            raise ValueError('Separator should be at least one-byte string')
        self._raise_if_failed()
        searched = 0      # where the separator cannot start before (already searched)
        while True:
            found = self._buffer.find(separator, searched)
            if found >= 0:
                break
            searched = max(0, len(self._buffer) + 1 - width)
            if searched > self._limit:
                raise exceptions.LimitOverrunError('Separator is not found, and chunk exceed the limit', searched)
            if self._eof:
                raise exceptions.IncompleteReadError(self._take(len(self._buffer)), None)
            await self._more('readuntil')
        if found > self._limit:
            raise exceptions.LimitOverrunError('Separator is found, but chunk is longer than limit', found)
        return self._take(found + width)

    async def readline(self):
        """A line ending with b'\\n', or what is left at EOF; ValueError past the limit."""
        try:
            return await self.readuntil(b'\n')
        except exceptions.IncompleteReadError as e:
            return e.partial
        except exceptions.LimitOverrunError as e:
            # Drop the over-long line (up to its end when it is in the buffer).
            if self._buffer.startswith(b'\n', e.consumed):
                del self._buffer[:e.consumed + 1]
            else:
                self._buffer.clear()
            self._take(0)
            raise ValueError(e.args[0])

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line
