"""io for tpy: in-memory streams (StringIO, BytesIO) written here, file types from _io.

StringIO keeps text written at its end as a list of pieces joined on demand, so a
report built with many print(..., file=s) calls costs linear time.
"""

import abc as _abc
import sys as _sys
from _io import (open, TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom, FileIO,
                 UnsupportedOperation, DEFAULT_BUFFER_SIZE)

__all__ = ["StringIO", "BytesIO", "open", "TextIOWrapper", "BufferedReader", "BufferedWriter",
           "BufferedRandom", "FileIO", "BufferedRWPair", "UnsupportedOperation", "IOBase", "RawIOBase", "BufferedIOBase",
           "TextIOBase", "text_encoding", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
           "BlockingIOError", "open_code"]

BlockingIOError = BlockingIOError   # the built-in, which io exports too


def open_code(path):
    """Opens a file of code for reading, in binary mode (no hook can replace it in tpy)."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def text_encoding(encoding, stacklevel=2):
    """The encoding a text file opened with `encoding` uses: 'locale' when it is None.
    (-X warn_default_encoding, which would warn here, does not exist in tpy.)"""
    if encoding is None:
        return 'locale'
    return encoding


def _index(n):
    """operator.index(n), with its message."""
    if not hasattr(type(n), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    return n.__index__()


def _size_arg(size):
    """A read/readline size: None or an int-like; -1 means all."""
    if size is None:
        return -1
    if not hasattr(type(size), '__index__'):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size.__index__()


class _IOBase:
    __module__ = '_io'
    # Open until close(): subclasses written in Python need not set it (CPython's IOBase keeps it in C).
    _closed = False

    # StringIO's own message (the C StringIO's, without the period of IOBase's).
    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    # The checks CPython's IOBase offers its subclasses, with its messages.
    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        # As IOBase's: the flag close() sets, not the `closed` a subclass may redefine.
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def seek(self, *args):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, *args):
        raise UnsupportedOperation("truncate")

    # A stream says what it can do; the base can do nothing (and does not check it is open).
    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        # IOBase's: a byte at a time from read(), or up to a newline peek() shows.
        size = _size_arg(size)
        peek = getattr(self, 'peek', None)
        res = bytearray()
        while size < 0 or len(res) < size:
            ahead = 1
            if peek is not None:
                readahead = peek(1)
                if not isinstance(readahead, bytes):
                    raise OSError("peek() should have returned a bytes object, not '%s'"
                                  % type(readahead).__name__)
                if readahead:
                    n = readahead.find(b'\n') + 1 or len(readahead)
                    ahead = n if size < 0 else min(n, size - len(res))
            b = self.read(ahead)
            if not isinstance(b, bytes):
                raise OSError("read() should have returned a bytes object, not '%s'" % type(b).__name__)
            if not b:
                break
            res += b
            if res.endswith(b'\n'):
                break
        return bytes(res)

    def readlines(self, hint=None):
        hint = _size_arg(hint)
        self._checkClosed()
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint < total:
                return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _TextIOBase(_IOBase):
    __module__ = '_io'

    def detach(self):
        raise UnsupportedOperation("detach")

    def read(self, *args):
        raise UnsupportedOperation("read")

    def readline(self, *args):
        raise UnsupportedOperation("readline")

    def write(self, *args):
        raise UnsupportedOperation("write")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


def _readinto_generic(stream, b, read):
    """BufferedIOBase's readinto from read() (readinto1 from read1()), as CPython's
    _bufferediobase_readinto_generic."""
    view = memoryview(b)
    if view.readonly:
        raise TypeError("readinto() argument must be read-write bytes-like object, not %s" % type(b).__name__)
    view = view.cast('B')
    data = read(len(view))
    if not isinstance(data, bytes):
        raise TypeError("read() should return bytes")
    if len(data) > len(view):
        raise ValueError("read() returned too much data: %d bytes requested, %d returned"
                         % (len(view), len(data)))
    view[:len(data)] = data
    return len(data)


class _BufferedIOBase(_IOBase):
    __module__ = '_io'

    def detach(self):
        raise UnsupportedOperation("detach")

    def read(self, *args):
        raise UnsupportedOperation("read")

    def read1(self, *args):
        raise UnsupportedOperation("read1")

    def write(self, *args):
        raise UnsupportedOperation("write")

    def readinto(self, b):
        return _readinto_generic(self, b, self.read)

    def readinto1(self, b):
        return _readinto_generic(self, b, self.read1)


class _RawIOBase(_IOBase):
    __module__ = '_io'

    # A raw stream defines readinto(); read() and readall() are built on it.
    def read(self, size=-1):
        size = -1 if size is None else _index(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class IOBase(_IOBase, metaclass=_abc.ABCMeta):
    """The abstract stream: the native file types and the standard streams are registered below."""
    __module__ = 'io'


class RawIOBase(_RawIOBase, IOBase):
    __module__ = 'io'


class BufferedIOBase(_BufferedIOBase, IOBase):
    __module__ = 'io'


class TextIOBase(_TextIOBase, IOBase):
    __module__ = 'io'

_LINE_ENDS = {'\r': 1, '\n': 2, '\r\n': 4}
_NEWLINES_SEEN = [None, '\r', '\n', ('\r', '\n'), '\r\n', ('\r', '\r\n'), ('\n', '\r\n'), ('\r', '\n', '\r\n')]


class StringIO(_TextIOBase):
    """Text in memory, read and written like a text file."""
    __module__ = '_io'
    # The state is in slots: as the C object's, an instance's __dict__ holds only the program's attributes.
    __slots__ = ('_newline', '_seen', '_text', '_tail', '_size', '_pos', '_closed')

    def flush(self):
        # IOBase's flush looks at a flag the C StringIO's close() never sets: closed, it passes.
        pass

    # In-memory streams read, write and seek, while open.
    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._seen = 0
        self._text = ''
        self._tail = []
        self._size = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _value(self):
        if self._tail:
            self._text = self._text + ''.join(self._tail)
            self._tail = []
        return self._text

    def _translate(self, s):
        newline = self._newline
        if newline is None or newline == '':
            if '\r' in s:
                crlf = s.count('\r\n')
                if crlf:
                    self._seen |= 4
                if s.count('\r') > crlf:
                    self._seen |= 1
                if s.count('\n') > crlf:
                    self._seen |= 2
                if newline is None:
                    s = s.replace('\r\n', '\n').replace('\r', '\n')
            elif '\n' in s:
                self._seen |= 2
        elif newline == '\r' or newline == '\r\n':
            s = s.replace('\n', newline)
        return s

    @property
    def newlines(self):
        self._check_open()
        return _NEWLINES_SEEN[self._seen] if self._newline is None or self._newline == '' else None

    @property
    def line_buffering(self):
        self._check_open()
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def getvalue(self):
        self._check_open()
        return self._value()

    def write(self, s):
        if self._closed:
            self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if not n:
            return 0
        pos = self._pos
        if pos == self._size and self._newline == '\n':
            # Appending with the default newline (nothing to translate): the common case.
            self._tail.append(s)
            self._size = self._pos = pos + n
            return n
        s = self._translate(s)
        if pos == self._size:
            self._tail.append(s)
            self._size += len(s)
        else:
            text = self._value()
            if pos > self._size:
                text = text + '\0' * (pos - self._size)
            text = text[:pos] + s + text[pos + len(s):]
            self._text = text
            self._size = len(text)
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check_open()
        size = _size_arg(size)
        text = self._value()
        start = self._pos
        if start >= self._size:
            return ''
        end = self._size if size < 0 else min(start + size, self._size)
        self._pos = end
        return text[start:end]

    def _line_end(self, text, start):
        """Index just past the end of the line starting at `start` (len(text) if none)."""
        newline = self._newline
        if newline is None or newline == '\n':
            i = text.find('\n', start)
            return -1 if i < 0 else i + 1
        if newline == '':
            cr = text.find('\r', start)
            lf = text.find('\n', start)
            if cr < 0:
                return -1 if lf < 0 else lf + 1
            if 0 <= lf < cr:
                return lf + 1
            return cr + 2 if text[cr + 1:cr + 2] == '\n' else cr + 1
        i = text.find(newline, start)
        return -1 if i < 0 else i + len(newline)

    def readline(self, size=-1):
        self._check_open()
        size = _size_arg(size)
        text = self._value()
        start = self._pos
        if start >= self._size:
            return ''
        end = self._line_end(text, start)
        if end < 0:
            end = self._size
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return text[start:end]

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
        elif whence == 1 or whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            pos = self._pos if whence == 1 else self._size
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, pos=None):
        self._check_open()
        size = self._pos if pos is None else _size_arg(pos)
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._size:
            self._text = self._value()[:size]
            self._size = size
        return size

    def detach(self):
        raise UnsupportedOperation("detach")

    def __getstate__(self):
        raise TypeError("cannot pickle 'StringIO' object")


def _bytes_of(b):
    """The bytes of any bytes-like object (bytes, bytearray, memoryview, array.array)."""
    if isinstance(b, bytes):
        return b
    if isinstance(b, bytearray):
        return bytes(b)
    try:
        view = memoryview(b)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None
    return view.tobytes()


class BytesIO(_BufferedIOBase):
    """Bytes in memory, read and written like a binary file."""
    __module__ = '_io'
    # The state is in slots (see StringIO).
    __slots__ = ('_buf', '_pos', '_closed')

    # In-memory streams read, write and seek, while open (as StringIO).
    readable = StringIO.readable
    writable = StringIO.writable
    seekable = StringIO.seekable

    def __init__(self, initial_bytes=None):
        self._closed = False
        self._buf = bytearray() if initial_bytes is None else bytearray(_bytes_of(initial_bytes))
        self._pos = 0

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def __iter__(self):
        # Unlike StringIO's, a closed BytesIO's iter() succeeds (its next() raises).
        return self

    def write(self, b):
        self._check_open()
        data = _bytes_of(b)
        n = len(data)
        if not n:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf.extend(bytes(pos - len(buf)))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_open()
        size = _size_arg(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(start + size, len(buf))
        self._pos = end
        return bytes(buf[start:end])

    read1 = read

    def readlines(self, hint=None):
        hint = _size_arg(hint)
        self._check_open()
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def readline(self, size=-1):
        self._check_open()
        size = _size_arg(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b''
        end = buf.find(b'\n', start)
        end = len(buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return bytes(buf[start:end])

    def readinto(self, b):
        self._check_open()
        if isinstance(b, bytes) or (isinstance(b, memoryview) and b.readonly):
            raise TypeError("readinto() argument must be read-write bytes-like object, not %s" % type(b).__name__)
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else _size_arg(size)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def getbuffer(self):
        # DIVERGENCE: a view of the stream's bytes that does not stop writes from resizing them
        # (tpy cannot see a view dropped unreleased, so refusing would block the stream for good).
        self._check_open()
        return memoryview(self._buf)

# isinstance(f, io.TextIOBase) holds for the native streams, as in CPython (whose io module
# registers its C types with these ABCs): files, the standard streams and their buffers.
for _text in (StringIO, TextIOWrapper, type(_sys.__stdout__)):
    TextIOBase.register(_text)
for _binary in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom,
                type(_sys.__stdin__.buffer), type(_sys.__stdout__.buffer)):
    # Under -u the standard output streams' binary layer is a FileIO: raw, as CPython's.
    (RawIOBase if _binary.__name__ == 'FileIO' else BufferedIOBase).register(_binary)
del _text, _binary
RawIOBase.register(FileIO)

# Error messages name these as CPython names its C types ('_io.StringIO' object ...), and,
# as those, their attributes may not be set.
from _c_type_names import as_c_type as _as_c_type, c_immutable_type as _c_immutable_type
for _cls in (StringIO, BytesIO):
    _as_c_type(_cls)
    _c_immutable_type(_cls)
# Their bases, C types too: dir() lists only the private names CPython's _io._IOBase has.
_as_c_type(_IOBase, ('_checkClosed', '_checkReadable', '_checkSeekable', '_checkWritable'))
_as_c_type(_TextIOBase)
_as_c_type(_BufferedIOBase)
del _as_c_type, _c_immutable_type, _cls

def __getattr__(name):
    # BufferedRWPair at its first use (stdlib/lib/_buffered_wrapper.py): few programs need it.
    if name == 'BufferedRWPair':
        from _buffered_wrapper import BufferedRWPair
        BufferedIOBase.register(BufferedRWPair)
        globals()[name] = BufferedRWPair
        return BufferedRWPair
    raise AttributeError("module 'io' has no attribute '%s'" % name)


# CPython's _io is C: tracebacks show none of this module's frames.
from _c_type_names import as_c_module as _as_c_module
_as_c_module(globals())
del _as_c_module
