"""gzip: read and write gzip files (RFC 1952) over zlib's raw deflate.

compress/decompress work on bytes; GzipFile reads or writes one file or file object;
open() adds text modes. A GzipFile being read decompresses the whole file at its first
read (CPython decompresses as it goes), so a damaged member is reported then.
"""

import builtins
import errno
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
_EOF_MESSAGE = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return b'\002'
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return b'\004'
    return b'\000'


def _header(mtime, compresslevel, fname=b''):
    flags = FNAME if fname else 0
    head = b'\037\213\010' + bytes([flags]) + struct.pack("<L", int(mtime) & 0xffffffff)
    head += _xfl(compresslevel) + b'\377'
    if fname:
        head += fname + b'\000'
    return head


class _Cursor:
    """A read position in a bytes object, with the header parser's exact reads."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk

    def read_exact(self, n):
        chunk = self.read(n)
        if len(chunk) < n:
            raise EOFError(_EOF_MESSAGE)
        return chunk

    def rest(self):
        return self.data[self.pos:]


def _read_gzip_header(cur):
    """Parses one member header; returns its mtime, or None at the end of the data."""
    magic = cur.read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flag, mtime = struct.unpack("<BBIxx", cur.read_exact(8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", cur.read_exact(2))
        cur.read_exact(extra_len)
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            while True:
                s = cur.read(1)
                if not s or s == b'\000':
                    break
    if flag & FHCRC:
        cur.read_exact(2)
    return mtime


def _members(data, detailed):
    """Decompresses every member of `data`: (bytes, last mtime). `detailed`: GzipFile's CRC message."""
    cur = _Cursor(data)
    out = []
    mtime = None
    while True:
        member_mtime = _read_gzip_header(cur)
        if member_mtime is None:
            return b''.join(out), mtime
        mtime = member_mtime
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        chunk = do.decompress(cur.rest())
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_EOF_MESSAGE)
        crc, length = struct.unpack("<II", do.unused_data[:8])
        actual = zlib.crc32(chunk)
        if crc != actual:
            if detailed:
                raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(actual)))
            raise BadGzipFile("CRC check failed")
        if length != (len(chunk) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        out.append(chunk)
        cur = _Cursor(do.unused_data[8:].lstrip(b"\x00"))


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime is None:
        mtime = time.time()
    if mtime == 0:
        # As CPython 3.11: zlib writes the whole gzip stream (its header says OS 3, Unix).
        return zlib.compress(data, level=compresslevel, wbits=31)
    body = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    return _header(mtime, compresslevel) + body + struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff)


def decompress(data):
    """Decompress a gzip compressed string in one shot (every member, zero padding skipped)."""
    return _members(bytes(data), False)[0]


class GzipFile(io.BufferedIOBase):
    """A file-like object over a gzip file: read() decompresses, write() compresses."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self._closed = False
        if mode.startswith('r'):
            self.mode = READ
            self._data = None
            self._pos = 0
            self._mtime = None
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in future Python releases.  "
                              "Specify the mode argument for opening it for writing.", FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self._crc = zlib.crc32(b"")
            self._size = 0
            self._offset = 0
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        if self.mode == READ:
            self._load()
            return self._mtime
        return None

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_gzip_header(self, compresslevel):
        fname = os.path.basename(self.name)
        if not isinstance(fname, bytes):
            fname = fname.encode('latin-1')
        if fname.endswith(b'.gz'):
            fname = fname[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(mtime, compresslevel, fname))

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    _check_open = _check_not_closed

    def _load(self):
        if self._data is None:
            self._data, self._mtime = _members(self.fileobj.read(), True)

    def _need_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(errno.EBADF, what + "() on write-only GzipFile object")
        self._load()

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = bytes(data)
            length = len(data)
        if length > 0:
            self.fileobj.write(self._compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    def read(self, size=-1):
        self._need_read("read")
        if size is None or size < 0:
            size = len(self._data) - self._pos
        chunk = self._data[self._pos:self._pos + size]
        self._pos += len(chunk)
        return chunk

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._need_read("peek")
        return self._data[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        self._need_read("readline")
        if size is None:
            size = -1
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size >= 0:
            end = min(end, self._pos + size)
        line = self._data[self._pos:end]
        self._pos = end
        return line

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._compress.flush())
                fileobj.write(struct.pack("<L", self._crc))
                fileobj.write(struct.pack("<L", self._size & 0xffffffff))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._pos = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self._offset if self.mode == WRITE else self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self._offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self._offset:
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self._offset))
            return self._offset
        self._need_read("seek")
        if whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            offset = len(self._data) + offset
        self._pos = max(0, min(offset, len(self._data)))
        return self._pos

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        pass


class _TextFile(io.TextIOBase):
    """open()'s text modes: str in and out over a GzipFile (CPython wraps it in io.TextIOWrapper)."""

    def __init__(self, binary, encoding, errors, newline):
        self.buffer = binary
        self.encoding = encoding
        self.errors = errors or 'strict'
        self._newline = newline
        self._closed = False
        self._text = None

    def _check(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    _check_open = _check

    def _load(self):
        if self._text is None:
            raw = self.buffer.read()
            self._text = io.StringIO(raw.decode(self.encoding, self.errors), newline=self._newline)

    def read(self, size=-1):
        self._check()
        self._load()
        return self._text.read(size)

    def readline(self, size=-1):
        self._check()
        self._load()
        return self._text.readline(size)

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return 'r' if self.buffer.mode == READ else 'w'

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def __iter__(self):
        self._check()
        return self

    def __enter__(self):
        self._check()
        return self


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode ('rt', 'wt', 'at', 'xt')."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(type(filename), '__fspath__'):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _TextFile(binary_file, encoding or 'utf-8', errors, newline)
    return binary_file
