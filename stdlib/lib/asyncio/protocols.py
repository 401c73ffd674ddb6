"""Protocols: the callbacks a transport makes into the code that owns a connection.

Every method does nothing by default; a protocol overrides what it needs. A stream
protocol's life is connection_made, then data_received any number of times, then
eof_received (at most once), then connection_lost.
"""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:
    """What every protocol hears: the connection's start and end, and write flow control."""
    __slots__ = ()

    def connection_made(self, transport):
        """The connection is up; `transport` is how to write to it and close it."""

    def connection_lost(self, exc):
        """The connection is gone: None for an orderly end (EOF, close()), else the error."""

    def pause_writing(self):
        """The transport's write buffer went over its high-water mark: stop writing for now."""

    def resume_writing(self):
        """The write buffer drained below its low-water mark: writing may go on."""


class Protocol(BaseProtocol):
    """A stream protocol that gets its data as bytes objects."""
    __slots__ = ()

    def data_received(self, data):
        """Some bytes arrived (any amount: message boundaries are not kept)."""

    def eof_received(self):
        """The peer will send nothing more. Return a true value to keep the transport open for
        writing; otherwise the transport closes itself."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that lends the transport a buffer to receive into."""
    __slots__ = ()

    def get_buffer(self, sizehint):
        """A writable buffer (a bytearray or memoryview) for the next bytes that arrive."""

    def buffer_updated(self, nbytes):
        """`nbytes` bytes were written at the start of the buffer get_buffer() returned."""

    def eof_received(self):
        """As Protocol.eof_received."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol: what loop.create_datagram_endpoint's transport calls."""
    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived from `addr`."""

    def error_received(self, exc):
        """A send or receive failed with the OSError `exc`."""


class SubprocessProtocol(BaseProtocol):
    """A protocol for a child process's pipes (tpy has no subprocess transports)."""
    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote `data` to its stdout (fd 1) or stderr (fd 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes closed."""

    def process_exited(self):
        """The child exited."""
