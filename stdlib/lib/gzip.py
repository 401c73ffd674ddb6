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

# Bits of a member header's FLG byte (RFC 1952, 2.3.1).
FTEXT = 1
FHCRC = 2
FEXTRA = 4
FNAME = 8
FCOMMENT = 16

READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
_EOF_MESSAGE = "Compressed file ended before the end-of-stream marker was reached"

_MAGIC = b'\x1f\x8b'
_DEFLATE = 8
_OS_UNKNOWN = 255
# the XFL byte tells readers the slowest (2) or the fastest (4) compression was used
_XFL_OF_LEVEL = {_COMPRESS_LEVEL_BEST: 2, _COMPRESS_LEVEL_FAST: 4}
_U32 = 0xffffffff


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _member_header(mtime, compresslevel, fname=b''):
    fixed = struct.pack('<2sBBIBB', _MAGIC, _DEFLATE, FNAME if fname else 0,
                        int(mtime) & _U32, _XFL_OF_LEVEL.get(compresslevel, 0), _OS_UNKNOWN)
    return fixed + fname + b'\0' if fname else fixed


def _member_trailer(crc, size):
    return struct.pack('<II', crc, size & _U32)


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

    def skip_zero_terminated(self):
        # an unterminated string runs to the end of the data
        end = self.data.find(b'\0', self.pos)
        self.pos = len(self.data) if end < 0 else end + 1

    def rest(self):
        return self.data[self.pos:]


def _read_member_header(cursor):
    """Reads one member's header; returns its mtime, or None where the data ends."""
    magic = cursor.read(2)
    if not magic:
        return None
    if magic != _MAGIC:
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flags, mtime = struct.unpack('<BBIxx', cursor.read_exact(8))
    if method != _DEFLATE:
        raise BadGzipFile('Unknown compression method')
    # the optional fields come in this order; tpy keeps none of them
    if flags & FEXTRA:
        cursor.read_exact(int.from_bytes(cursor.read_exact(2), 'little'))
    if flags & FNAME:
        cursor.skip_zero_terminated()
    if flags & FCOMMENT:
        cursor.skip_zero_terminated()
    if flags & FHCRC:
        cursor.read_exact(2)
    return mtime


def _check_member(content, trailer, crc_values_in_message):
    want_crc, want_size = struct.unpack('<II', trailer)
    got_crc = zlib.crc32(content)
    if want_crc != got_crc:
        # GzipFile's message shows both values; decompress()'s does not
        detail = f' {hex(want_crc)} != {hex(got_crc)}' if crc_values_in_message else ''
        raise BadGzipFile('CRC check failed' + detail)
    if want_size != len(content) & _U32:
        raise BadGzipFile('Incorrect length of data produced')


def _inflate_members(data, crc_values_in_message):
    """Every member of data decompressed and joined, and the last member's mtime."""
    pieces = []
    mtime = None
    cursor = _Cursor(data)
    while True:
        member_mtime = _read_member_header(cursor)
        if member_mtime is None:
            return b''.join(pieces), mtime
        mtime = member_mtime
        inflater = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        content = inflater.decompress(cursor.rest())
        after = inflater.unused_data
        if not inflater.eof or len(after) < 8:
            raise EOFError(_EOF_MESSAGE)
        _check_member(content, after[:8], crc_values_in_message)
        pieces.append(content)
        # zero bytes may pad the file after a member
        cursor = _Cursor(after[8:].lstrip(b'\0'))


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    when = time.time() if mtime is None else mtime
    if when == 0:
        # As CPython 3.11: zlib writes the whole gzip stream (its header says OS 3, Unix).
        return zlib.compress(data, level=compresslevel, wbits=31)
    deflated = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    return b''.join((_member_header(when, compresslevel), deflated,
                     _member_trailer(zlib.crc32(data), len(data))))


def decompress(data):
    """Decompress a gzip compressed string in one shot (every member, zero padding skipped)."""
    return _inflate_members(bytes(data), False)[0]


def _name_of(filename, fileobj):
    if filename is not None:
        return os.fspath(filename)
    name = getattr(fileobj, 'name', '')
    return name if isinstance(name, (str, bytes)) else ''


def _header_fname(name):
    """The original file name a header records: the base name, less a '.gz' suffix, in latin-1."""
    base = os.path.basename(name)
    if isinstance(base, str):
        base = base.encode('latin-1')
    return base[:-3] if base.endswith(b'.gz') else base


class GzipFile(io.BufferedIOBase):
    """A file-like object over a gzip file: read() decompresses, write() compresses."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode:
            if 't' in mode or 'U' in mode:
                raise ValueError(f'Invalid mode: {mode!r}')
            if 'b' not in mode:
                mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        self.name = _name_of(filename, fileobj)
        self._closed = False  # io.IOBase's own flag, which its readlines() and friends test
        opened_as = getattr(fileobj, 'mode', 'rb') if mode is None else mode
        kind = opened_as[:1]
        if kind == 'r':
            self.mode = READ
            self._data = None  # the whole decompressed content, from the first read on
            self._pos = 0
            self._mtime = None
        elif kind in ('w', 'a', 'x'):
            if mode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in future Python releases.  "
                              "Specify the mode argument for opening it for writing.", FutureWarning, 2)
            self.mode = WRITE
            self._crc = 0
            self._written = 0
            self._deflater = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                              zlib.DEF_MEM_LEVEL, 0)
        else:
            raise ValueError(f'Invalid mode: {opened_as!r}')
        self.fileobj = fileobj
        if self.mode == WRITE:
            stamp = time.time() if mtime is None else mtime
            fileobj.write(_member_header(stamp, compresslevel, _header_fname(self.name)))

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        # known once reading has begun (None before, as in CPython)
        return self._mtime if self.mode == READ else None

    def __repr__(self):
        inner = repr(self.fileobj)[1:-1]
        return f'<gzip {inner} {id(self):#x}>'

    def _ensure_open(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    def _readable_data(self, operation):
        self._ensure_open()
        if self.mode != READ:
            raise OSError(errno.EBADF, f'{operation}() on write-only GzipFile object')
        if self._data is None:
            # the magic first: what is not gzip is refused without reading it all (tarfile's
            # open() tries gzip on every archive)
            head = self.fileobj.read(2)
            if head and head != _MAGIC:
                raise BadGzipFile('Not a gzipped file (%r)' % head)
            self._data, self._mtime = _inflate_members(head + self.fileobj.read(), True)
        return self._data

    def write(self, data):
        self._ensure_open()
        if self.mode != WRITE:
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if not isinstance(data, (bytes, bytearray)):
            data = bytes(data)  # memoryview, array, ...: their bytes
        if data:
            self.fileobj.write(self._deflater.compress(data))
            self._crc = zlib.crc32(data, self._crc)
            self._written += len(data)
        return len(data)

    def read(self, size=-1):
        data = self._readable_data("read")
        start = self._pos
        stop = len(data) if size is None or size < 0 else min(len(data), start + size)
        self._pos = stop
        return data[start:stop]

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        data = self._readable_data("peek")
        return data[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        data = self._readable_data("readline")
        start = self._pos
        newline = data.find(b'\n', start)
        stop = len(data) if newline < 0 else newline + 1
        if size is not None and size >= 0:
            stop = min(stop, start + size)
        self._pos = stop
        return data[start:stop]

    def __iter__(self):
        self._ensure_open()
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        target = self.fileobj
        if target is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                target.write(self._deflater.flush())
                target.write(_member_trailer(self._crc, self._written))
        finally:
            owned, self.myfileobj = self.myfileobj, None
            if owned:
                owned.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._ensure_open()
        if self.mode == WRITE:
            self.fileobj.write(self._deflater.flush(zlib_mode))
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
        self._ensure_open()
        return self._pos if self.mode == READ else self._written

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == READ:
            data = self._readable_data("seek")
            base = {io.SEEK_CUR: self._pos, io.SEEK_END: len(data)}.get(whence, 0)
            self._pos = max(0, min(base + offset, len(data)))
            return self._pos
        # writing can only go forward, by writing zeros
        if whence == io.SEEK_CUR:
            offset += self._written
        elif whence != io.SEEK_SET:
            raise ValueError('Seek from end not supported')
        if offset < self._written:
            raise OSError('Negative seek in write mode')
        self.write(bytes(offset - self._written))
        return self._written

    def __enter__(self):
        self._ensure_open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        pass


# A text mode ('t') forbids 'b'; a binary one takes none of the text arguments.
def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode ('rt', 'wt', 'at', 'xt')."""
    text = "t" in mode
    if text and "b" in mode:
        raise ValueError(f"Invalid mode: {mode!r}")
    if not text:
        for argument, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                raise ValueError(f"Argument '{argument}' not supported in binary mode")
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(type(filename), '__fspath__'):
        binary = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    return io.TextIOWrapper(binary, io.text_encoding(encoding), errors, newline) if text else binary


def main():
    """python -m gzip [-d] [--fast|--best] [file ...]: gzip or gunzip each file, keeping it ('-': stdin to stdout)."""
    import sys
    from argparse import ArgumentParser
    parser = ArgumentParser(description="A simple command line interface for the gzip module: act like gzip, "
                                        "but do not delete the input file.")
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--fast', action='store_true', help='compress faster')
    group.add_argument('--best', action='store_true', help='compress better')
    group.add_argument('-d', '--decompress', action='store_true', help='act like gunzip instead of gzip')
    parser.add_argument('args', nargs='*', default=['-'], metavar='file')
    options = parser.parse_args()
    level = _COMPRESS_LEVEL_FAST if options.fast else _COMPRESS_LEVEL_BEST if options.best else _COMPRESS_LEVEL_TRADEOFF
    for name in options.args:
        if options.decompress:
            if name == '-':
                source, target = GzipFile(filename='', mode='rb', fileobj=sys.stdin.buffer), sys.stdout.buffer
            elif not name.endswith('.gz'):
                sys.exit(f"filename doesn't end in .gz: {name!r}")
            else:
                source, target = open(name, 'rb'), builtins.open(name[:-3], 'wb')
        elif name == '-':
            source = sys.stdin.buffer
            target = GzipFile(filename='', mode='wb', fileobj=sys.stdout.buffer, compresslevel=level)
        else:
            source, target = builtins.open(name, 'rb'), open(name + '.gz', 'wb', compresslevel=level)
        while chunk := source.read(io.DEFAULT_BUFFER_SIZE):
            target.write(chunk)
        if target is not sys.stdout.buffer:
            target.close()
        if source is not sys.stdin.buffer:
            source.close()


if __name__ == '__main__':
    main()
