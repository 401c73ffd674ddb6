"""io.BufferedReader/BufferedWriter/BufferedRandom(raw, buffer_size) around a stream open()
did not make for them (a BytesIO, a RawIOBase subclass), and io.BufferedRWPair.

open()'s binary files are tpy's native types (stdlib/io_file.ts); calling a type makes an
instance of its subclass here, named as it, which keeps a read-ahead buffer over raw.read()
and a write buffer flushed to raw.write() when full, on flush(), seek() and close().

DIVERGENCE: type(b) is the subclass (isinstance holds); how many raw.read()/raw.write() calls
a read or write makes, and of what sizes, can differ from CPython's.
"""

import _io
from _c_type_names import as_c_module, as_c_type, c_immutable_type

DEFAULT_BUFFER_SIZE = 8192


def _bytes_like(b):
    try:
        return memoryview(b).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None


class _Buffered:
    """What the three share: the raw stream, detach, close, and the pass-through queries."""

    def _setup(self, raw, buffer_size):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b''        # read ahead, not yet returned
        self._wbuf = bytearray()

    def _checked(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")
        return self._raw

    def _check_open(self, what):
        if self._checked().closed:
            raise ValueError("%s of closed file" % what)

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        return self._checked().closed

    @property
    def name(self):
        return self._checked().name

    @property
    def mode(self):
        return self._checked().mode

    def __repr__(self):
        text = '<%s' % self._type_name
        try:
            text += ' name=%r' % (self.name,)
        except (AttributeError, ValueError):
            pass
        return text + '>'

    def fileno(self):
        return self._checked().fileno()

    def isatty(self):
        return self._checked().isatty()

    def readable(self):
        return self._checked().readable()

    def writable(self):
        return self._checked().writable()

    def seekable(self):
        return self._checked().seekable()

    def flush(self):
        self._check_open('flush')
        self._write_out()
        if hasattr(self._raw, 'flush'):
            self._raw.flush()

    def _write_out(self):
        while self._wbuf:
            n = self._raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, 'write could not complete without blocking', 0)
            del self._wbuf[:n]

    def close(self):
        raw = self._checked()
        if raw.closed:
            return
        try:
            if self._wbuf:
                self.flush()
        finally:
            raw.close()

    def detach(self):
        raw = self._checked()
        if self._wbuf:
            self.flush()
        self._raw = None
        return raw

    def __enter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # ---- reading ----

    def _fill(self, at_least=1):
        """Reads raw until the buffer holds at_least bytes; False at the end of the stream."""
        while len(self._rbuf) < at_least:
            data = self._raw.read(max(self.buffer_size, at_least - len(self._rbuf)))
            if not data:
                return False
            self._rbuf += data
        return True

    def _take(self, n):
        data, self._rbuf = self._rbuf[:n], self._rbuf[n:]
        return data

    def _start_read(self, what='read'):
        self._check_open(what)
        if not self._raw.readable():
            raise _io.UnsupportedOperation(what)
        if self._wbuf:
            self.flush()

    def read(self, size=-1):
        self._start_read()
        if size is None or size < 0:
            chunks = [self._take(len(self._rbuf))]
            while True:
                data = self._raw.read()
                if not data:
                    break
                chunks.append(data)
            return b''.join(chunks)
        self._fill(size)
        return self._take(size)

    def read1(self, size=-1):
        self._start_read('read1')
        if size < 0:
            size = self.buffer_size
        if not self._rbuf:
            if size > self.buffer_size:
                return self._raw.read(size) or b''
            self._fill()
        return self._take(size)

    def peek(self, size=0):
        self._start_read('peek')
        if not self._rbuf:
            self._fill()
        return self._rbuf

    def readinto(self, b):
        data = self.read(len(memoryview(b)))
        memoryview(b).cast('B')[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        data = self.read1(len(memoryview(b)))
        memoryview(b).cast('B')[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._start_read('readline')
        if size is None:
            size = -1
        while True:
            at = self._rbuf.find(b'\n')
            if at >= 0:
                end = at + 1
                break
            if 0 <= size <= len(self._rbuf) or not self._fill(len(self._rbuf) + 1):
                end = len(self._rbuf)
                break
        return self._take(end if size < 0 else min(end, size))

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    # ---- writing ----

    def write(self, b):
        self._check_open('write')
        data = _bytes_like(b)
        if not self._raw.writable():
            raise _io.UnsupportedOperation('write')
        if self._rbuf:
            # The raw position is past what was read ahead: go back to where the caller is.
            self._raw.seek(-len(self._rbuf), 1)
            self._rbuf = b''
        if len(self._wbuf) + len(data) <= self.buffer_size:
            self._wbuf += data
            return len(data)
        self._write_out()
        rest = memoryview(data)
        while len(rest) > self.buffer_size:
            n = self._raw.write(rest)
            rest = rest[n:]
        self._wbuf += rest
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    # ---- positions ----

    def tell(self):
        position = self._checked().tell()
        return position - len(self._rbuf) + len(self._wbuf)

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        self._check_open('seek')
        if self._wbuf:
            self._write_out()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b''
        return self._raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._check_open('truncate')
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._raw.truncate(pos)


class BufferedReader(_Buffered, _io.BufferedReader):
    """A read-ahead buffer over a readable raw stream."""
    _type_name = '_io.BufferedReader'

    def writable(self):
        self._checked()
        return False

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise _io.UnsupportedOperation("File or stream is not readable.")
        self._setup(raw, buffer_size)

    def write(self, b):
        raise _io.UnsupportedOperation('write')


class BufferedWriter(_Buffered, _io.BufferedWriter):
    """A write buffer over a writable raw stream."""
    _type_name = '_io.BufferedWriter'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise _io.UnsupportedOperation("File or stream is not writable.")
        self._setup(raw, buffer_size)

    def _start_read(self, what='read'):
        raise _io.UnsupportedOperation(what)

    def readable(self):
        self._checked()
        return False


class BufferedRandom(_Buffered, _io.BufferedRandom):
    """Both buffers over a seekable raw stream that reads and writes."""
    _type_name = '_io.BufferedRandom'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise _io.UnsupportedOperation("File or stream is not seekable.")
        if not raw.readable():
            raise _io.UnsupportedOperation("File or stream is not readable.")
        if not raw.writable():
            raise _io.UnsupportedOperation("File or stream is not writable.")
        self._setup(raw, buffer_size)


class BufferedRWPair:
    """A reader and a writer (two raw streams) used as one buffered stream, as a pipe's two ends."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise _io.UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise _io.UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(-1 if size is None else size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def readinto1(self, b):
        return self.reader.readinto1(b)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def seekable(self):
        return False

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


for _cls in (BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    _cls.__module__ = '_io'
# io.BufferedRWPair is this one: named and immutable as CPython's C type.
as_c_type(BufferedRWPair)
c_immutable_type(BufferedRWPair)

# CPython's buffered types are C: their errors show no frame of this file.
as_c_module(globals())
