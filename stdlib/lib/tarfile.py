"""tarfile: reading and writing tar archives, plain or gzip-compressed.

tpy's own implementation of CPython 3.11's module, written from the formats themselves:
a tar archive is a run of 512-byte blocks; each member is one header block (POSIX ustar
layout) followed by its data padded to whole blocks, and the archive ends with two zero
blocks. Long names and big numbers need one of three extensions: ustar's 155-byte name
prefix (USTAR_FORMAT), GNU's ././@LongLink pseudo-members and base-256 numbers (GNU_FORMAT),
or a pax extended header of "length keyword=value" records (PAX_FORMAT, the default).

Compression goes through tpy's gzip and zlib modules. tpy has no bz2 or lzma module, so
the bz2 and xz methods raise CompressionError, as CPython does where those are missing.
"""

import builtins
import copy
import io
import os
import re
import shutil
import stat
import struct
import sys
import time

try:
    import pwd
except ImportError:
    pwd = None
try:
    import grp
except ImportError:
    grp = None

__all__ = [
    "TarFile", "TarInfo", "is_tarfile", "open",
    "TarError", "ReadError", "CompressionError", "StreamError", "ExtractError", "HeaderError",
    "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT", "DEFAULT_FORMAT",
    "fully_trusted_filter", "data_filter", "tar_filter",
    "FilterError", "AbsoluteLinkError", "OutsideDestinationError", "SpecialFileError",
    "AbsolutePathError", "LinkOutsideDestinationError",
]

bltn_open = builtins.open

# a failed symlink()/link() makes extraction fall back to copying the target member
symlink_exception = (AttributeError, NotImplementedError, OSError)

# ---- the format's constants ----

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20          # archives are padded to whole records of 20 blocks
_ZERO_BLOCK = NUL * BLOCKSIZE        # two of them end an archive
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"                     # the pre-POSIX regular file
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"

GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"

XHDTYPE = b"x"                       # pax header for the next member
XGLTYPE = b"g"                       # pax header for every following member
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE,
                   CONTTYPE, CHRTYPE, BLKTYPE,
                   GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
_DEVICE_TYPES = (CHRTYPE, BLKTYPE, FIFOTYPE)

PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "uname", "gname", "linkpath"}   # text in the archive's encoding
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float,
                     "uid": int, "gid": int, "size": int}

ENCODING = "utf-8" if os.name == "nt" else sys.getfilesystemencoding()


# ---- field conversions ----

def stn(s, length, encoding, errors):
    """A str as a NUL-padded bytes field of `length` bytes (cut if longer)."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    raw = s.encode(encoding, errors)
    if len(raw) >= length:
        return raw[:length]
    return raw + NUL * (length - len(raw))


def nts(s, encoding, errors):
    """A NUL-terminated bytes field as a str."""
    end = s.find(NUL)
    if end >= 0:
        s = s[:end]
    return s.decode(encoding, errors)


def nti(s):
    """A number field: octal digits, or GNU's base-256 form (first byte 0o200 or 0o377)."""
    lead = s[0]
    if lead == 0o200 or lead == 0o377:
        n = int.from_bytes(bytes(s[1:]), "big")
        if lead == 0o377:
            n -= 256 ** (len(s) - 1)
        return n
    try:
        digits = nts(s, "ascii", "strict").strip()
        return int(digits or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """A number as a field of `digits` bytes: octal digits and a NUL when it fits, else
    (GNU format only) a marker byte and the big-endian two's complement."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return ("%0*o" % (digits - 1, n)).encode("ascii") + NUL
    span = 256 ** (digits - 1)
    if format == GNU_FORMAT and -span <= n < span:
        marker = 0o200 if n >= 0 else 0o377
        return bytearray([marker]) + (n % span).to_bytes(digits - 1, "big")
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """The header checksum both ways old tars computed it (unsigned and signed bytes),
    with the checksum field itself counted as eight spaces."""
    counted = bytes(buf[:148]) + bytes(buf[156:512])
    unsigned = 256 + sum(counted)
    # each byte >= 128 counts 256 less as a signed char
    high = len(counted) - len(counted.translate(None, _HIGH_BYTES))
    return unsigned, unsigned - 256 * high


_HIGH_BYTES = bytes(range(128, 256))


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy `length` bytes (everything when None) from src to dst."""
    bufsize = bufsize or 16 * 1024
    if length == 0:
        return
    if length is None:
        shutil.copyfileobj(src, dst, bufsize)
        return
    left = length
    while left > 0:
        want = min(bufsize, left)
        chunk = src.read(want)
        if len(chunk) < want:
            raise exception("unexpected end of data")
        dst.write(chunk)
        left -= want


def _safe_print(s):
    encoding = getattr(sys.stdout, "encoding", None)
    if encoding is not None:
        s = s.encode(encoding, "backslashreplace").decode(encoding)
    print(s, end=" ")


def _blocks_for(count):
    """count rounded up to a whole number of blocks, in bytes."""
    return -(-count // BLOCKSIZE) * BLOCKSIZE


# ---- exceptions ----

class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """A member could not be extracted (not fatal below errorlevel 2)."""


class ReadError(TarError):
    """The data is not a tar archive this module can read."""


class CompressionError(TarError):
    """A compression that is unknown or whose module is missing."""


class StreamError(TarError):
    """What a forward-only stream cannot do."""


class HeaderError(TarError):
    """A header block that cannot be used."""


class EmptyHeaderError(HeaderError):
    """No header block at all: the data ended."""


class TruncatedHeaderError(HeaderError):
    """A header block shorter than 512 bytes."""


class EOFHeaderError(HeaderError):
    """A zero block: the end of the archive."""


class InvalidHeaderError(HeaderError):
    """A header block with a bad checksum or number field."""


class SubsequentHeaderError(HeaderError):
    """A bad header after an extended (GNU long name or pax) header."""


# ---- streams: the '|' modes read and write strictly forward ----

class _LowLevelFile:
    """A file opened by name for a stream, read and written through os."""

    def __init__(self, name, mode):
        flags = os.O_RDONLY if mode == "r" else os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        self.fd = os.open(name, flags | getattr(os, "O_BINARY", 0), 0o666)

    def close(self):
        os.close(self.fd)

    def read(self, size):
        return os.read(self.fd, size)

    def write(self, s):
        os.write(self.fd, s)


def _missing_compression(comptype):
    module = {"bz2": "bz2", "xz": "lzma"}[comptype]
    return CompressionError("%s module is not available" % module)


def _sniff_compression(head):
    """The compression a stream's first bytes announce."""
    if head.startswith(b"\x1f\x8b\x08"):
        return "gz"
    if head[:3] == b"BZh" and head[4:10] == b"1AY&SY":
        return "bz2"
    if head.startswith((b"\x5d\x00\x00\x80", b"\xfd7zXZ")):
        return "xz"
    return "tar"


class _StreamProxy:
    """Holds a stream's first block back so that its compression can be told ('r|*')."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.buf = fileobj.read(BLOCKSIZE)

    def read(self, size):
        # the held block goes out once, then reads go straight to the stream
        self.read = self.fileobj.read
        return self.buf

    def getcomptype(self):
        return _sniff_compression(self.buf)

    def close(self):
        self.fileobj.close()


class _Stream:
    """A forward-only view of a file object for TarFile, (de)compressing gzip on the way."""

    def __init__(self, name, mode, comptype, fileobj, bufsize):
        self._extfileobj = fileobj is not None
        if fileobj is None:
            fileobj = _LowLevelFile(name, mode)
        if comptype == "*":
            fileobj = _StreamProxy(fileobj)
            comptype = fileobj.getcomptype()
        self.name = name or ""
        self.mode = mode
        self.comptype = comptype
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.buf = b""          # raw bytes read ahead or waiting to be written
        self.dbuf = b""         # decompressed bytes read ahead
        self.pos = 0            # position in the uncompressed tar data
        self.closed = False
        try:
            if comptype == "gz":
                import zlib
                self.zlib = zlib
                self.crc = zlib.crc32(b"")
                if mode == "r":
                    self.exception = zlib.error
                    self._start_reading_gzip()
                else:
                    self._start_writing_gzip()
            elif comptype in ("bz2", "xz"):
                raise _missing_compression(comptype)
            elif comptype != "tar":
                raise CompressionError("unknown compression type %r" % comptype)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _start_writing_gzip(self):
        zlib = self.zlib
        self.cmp = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
        # magic, deflate, FNAME flag, mtime, "maximum compression", unknown OS
        self._put(b"\x1f\x8b\x08\x08" + struct.pack("<L", int(time.time())) + b"\x02\xff")
        stem = self.name[:-3] if self.name.endswith(".gz") else self.name
        self.name = os.path.basename(stem)
        self._put(self.name.encode("iso-8859-1", "replace") + NUL)

    def _start_reading_gzip(self):
        zlib = self.zlib
        self.cmp = zlib.decompressobj(-zlib.MAX_WBITS)
        if self._take(2) != b"\x1f\x8b":
            raise ReadError("not a gzip file")
        if self._take(1) != b"\x08":
            raise CompressionError("unsupported compression method")
        flags = self._take(1)[0]
        self._take(6)                          # mtime, extra flags, OS
        if flags & 4:                          # FEXTRA
            size = self._take(2)
            self._take(size[0] + 256 * size[1])
        for bit in (8, 16):                    # FNAME, FCOMMENT: zero-terminated
            if flags & bit:
                while True:
                    c = self._take(1)
                    if not c or c == NUL:
                        break
        if flags & 2:                          # FHCRC
            self._take(2)

    def __del__(self):
        if getattr(self, "closed", True) is False:
            self.close()

    def write(self, s):
        if self.comptype == "gz":
            self.crc = self.zlib.crc32(s, self.crc)
        self.pos += len(s)
        if self.comptype != "tar":
            s = self.cmp.compress(s)
        self._put(s)

    def _put(self, s):
        """Queue raw bytes, writing them out a whole buffer at a time."""
        self.buf += s
        while len(self.buf) > self.bufsize:
            self.fileobj.write(self.buf[:self.bufsize])
            self.buf = self.buf[self.bufsize:]

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w" and self.comptype != "tar":
                self.buf += self.cmp.flush()
            if self.mode == "w" and self.buf:
                self.fileobj.write(self.buf)
                self.buf = b""
                if self.comptype == "gz":
                    self.fileobj.write(struct.pack("<L", self.crc))
                    self.fileobj.write(struct.pack("<L", self.pos & 0xFFFFFFFF))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        """Move forward to pos by reading; a stream cannot go back."""
        if pos < self.pos:
            raise StreamError("seeking backwards is not allowed")
        while self.pos < pos:
            if not self.read(min(self.bufsize, pos - self.pos)):
                break
        return self.pos

    def read(self, size):
        data = self._take(size) if self.comptype == "tar" else self._inflate(size)
        self.pos += len(data)
        return data

    def _inflate(self, size):
        parts = [self.dbuf]
        have = len(self.dbuf)
        while have < size:
            if self.buf:                       # raw bytes left over from the header
                raw, self.buf = self.buf, b""
            else:
                raw = self.fileobj.read(self.bufsize)
                if not raw:
                    break
            try:
                plain = self.cmp.decompress(raw)
            except self.exception as e:
                raise ReadError("invalid compressed data") from e
            parts.append(plain)
            have += len(plain)
        data = b"".join(parts)
        self.dbuf = data[size:]
        return data[:size]

    def _take(self, size):
        """size raw bytes from the underlying file (fewer at its end)."""
        parts = [self.buf]
        have = len(self.buf)
        while have < size:
            raw = self.fileobj.read(self.bufsize)
            if not raw:
                break
            parts.append(raw)
            have += len(raw)
        data = b"".join(parts)
        self.buf = data[size:]
        return data[:size]


# ---- reading one member's data ----

class _FileInFile:
    """The bytes of one member inside the archive file, sparse holes read as zeros."""

    def __init__(self, fileobj, offset, size, blockinfo=None):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.position = 0
        self.name = getattr(fileobj, "name", None)
        self.closed = False
        if blockinfo is None:
            blockinfo = [(0, size)]
        # pieces (has_data, start, stop, offset in the archive) covering 0..size
        self.map = []
        end = 0
        where = offset
        for start, length in blockinfo:
            if start > end:
                self.map.append((False, end, start, None))
            self.map.append((True, start, start + length, where))
            where += length
            end = start + length
        if end < size:
            self.map.append((False, end, size, None))

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self.fileobj.seekable()

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            target = position
        elif whence == io.SEEK_CUR:
            target = self.position + position
        elif whence == io.SEEK_END:
            target = self.size + position
        else:
            raise ValueError("Invalid argument")
        self.position = max(0, min(target, self.size))
        return self.position

    def read(self, size=None):
        left = self.size - self.position
        if size is not None and size >= 0:
            left = min(size, left)
        out = []
        for has_data, start, stop, where in self.map:
            if left <= 0:
                break
            if not start <= self.position < stop:
                continue
            count = min(left, stop - self.position)
            if has_data:
                self.fileobj.seek(where + self.position - start)
                chunk = self.fileobj.read(count)
                if len(chunk) != count:
                    raise ReadError("unexpected end of data")
                out.append(chunk)
            else:
                out.append(NUL * count)
            self.position += count
            left -= count
        return b"".join(out)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def close(self):
        self.closed = True


class ExFileObject(io.BufferedIOBase):
    """What extractfile() returns: a read-only binary file over one member.
    (CPython's is an io.BufferedReader; tpy cannot wrap a BufferedReader around a Python
    raw object, so this reads the member directly, with the BufferedReader's messages.)"""

    def __init__(self, tarfile, tarinfo):
        self.raw = _FileInFile(tarfile.fileobj, tarinfo.offset_data, tarinfo.size, tarinfo.sparse)

    @property
    def name(self):
        return self.raw.name

    @property
    def closed(self):
        return self.raw.closed

    def _open_raw(self, operation):
        if self.raw.closed:
            raise ValueError("%s of closed file" % operation)
        return self.raw

    def close(self):
        self.raw.close()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def flush(self):
        pass

    def read(self, size=-1):
        raw = self._open_raw("read")
        return raw.read(None if size is None or size < 0 else size)

    def read1(self, size=-1):
        self._open_raw("read")
        return self.read(size)

    def readinto(self, b):
        return self._open_raw("readinto").readinto(b)

    def readinto1(self, b):
        return self._open_raw("readinto").readinto(b)

    def peek(self, size=0):
        raw = self._open_raw("peek")
        here = raw.tell()
        data = raw.read(max(size, 1))
        raw.seek(here)
        return data

    def readline(self, size=-1):
        raw = self._open_raw("readline")
        here = raw.tell()
        limit = raw.size - here
        if size is not None and size >= 0:
            limit = min(limit, size)
        line = b""
        while len(line) < limit:
            chunk = raw.read(min(8192, limit - len(line)))
            if not chunk:
                break
            cut = chunk.find(b"\n")
            if cut >= 0:
                line += chunk[:cut + 1]
                break
            line += chunk
        raw.seek(here + len(line))
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # io.IOBase's own checks (tpy's IOBase tests its private flag, not this class's `closed`)
    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def __iter__(self):
        self._check_open()
        return self

    def __enter__(self):
        self._check_open()
        return self

    def readlines(self, hint=None):
        self._check_open()
        return super().readlines(hint)

    def write(self, b):
        raise io.UnsupportedOperation("write")

    def truncate(self, pos=None):
        raise io.UnsupportedOperation("truncate")

    def tell(self):
        return self.raw.tell()

    def seek(self, pos, whence=io.SEEK_SET):
        return self._open_raw("seek").seek(pos, whence)

    def __repr__(self):
        return "<ExFileObject name=%r>" % (self.name,)


# ---- extraction filters (PEP 706) ----

class FilterError(TarError):
    pass


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__("member %r has an absolute path" % (tarinfo.name,))


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__("%r would be extracted to %r, which is outside the destination"
                         % (tarinfo.name, path))


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__("%r is a special file" % (tarinfo.name,))


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__("%r is a link to an absolute path" % (tarinfo.name,))


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__("%r would link to %r, which is outside the destination"
                         % (tarinfo.name, path))


def _inside(path, root):
    return os.path.commonpath([path, root]) == root


def _get_filtered_attrs(member, dest_path, for_data=True):
    """The attributes the 'tar' (for_data False) or 'data' filter changes on member,
    raising a FilterError for a member it refuses."""
    changes = {}
    root = os.path.realpath(dest_path)
    name = member.name
    if name.startswith(("/", os.sep)):
        name = changes["name"] = member.path.lstrip("/" + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    landing = os.path.realpath(os.path.join(root, name))
    if not _inside(landing, root):
        raise OutsideDestinationError(member, landing)

    mode = member.mode
    if mode is not None:
        mode &= 0o755                      # no setuid/setgid/sticky, no group/other write
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111         # executable by nobody unless by the owner
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None                # the system's default
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            changes["mode"] = mode

    if for_data:
        for field in ("uid", "gid", "uname", "gname"):
            if getattr(member, field) is not None:
                changes[field] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                pointee = os.path.join(root, os.path.dirname(name), member.linkname)
            else:
                pointee = os.path.join(root, member.linkname)
            pointee = os.path.realpath(pointee)
            if not _inside(pointee, root):
                raise LinkOutsideDestinationError(member, pointee)
    return changes


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    changes = _get_filtered_attrs(member, dest_path, False)
    return member.replace(**changes, deep=False) if changes else member


def data_filter(member, dest_path):
    changes = _get_filtered_attrs(member, dest_path, True)
    return member.replace(**changes, deep=False) if changes else member


_NAMED_FILTERS = {"fully_trusted": fully_trusted_filter, "tar": tar_filter, "data": data_filter}


# ---- TarInfo: one member's header ----

_KEEP = object()     # replace()'s "leave this attribute alone"

# the modes each opener takes, as its error names them
_MODE_NAMES = {("r", "a", "w", "x"): "'r', 'a', 'w' or 'x'", ("r", "w", "x"): "'r', 'w' or 'x'",
               ("r", "w"): "'r' or 'w'"}

# the ustar header block: (field, offset, size)
_NAME, _MODE, _UID, _GID, _SIZE, _MTIME = (0, 100), (100, 108), (108, 116), (116, 124), (124, 136), (136, 148)
_CHKSUM, _TYPE, _LINKNAME, _MAGIC = (148, 156), (156, 157), (157, 257), (257, 265)
_UNAME, _GNAME, _DEVMAJOR, _DEVMINOR, _PREFIX = (265, 297), (297, 329), (329, 337), (337, 345), (345, 500)


def _field(buf, span):
    return buf[span[0]:span[1]]


class TarInfo(object):
    """The details of one archive member, as its header block (and any extended header
    before it) gives them. TarFile.getmember(), getmembers() and gettarinfo() make them."""

    __slots__ = dict(
        name="Name of the archive member.",
        mode="Permission bits.",
        uid="User ID of the user who originally stored this member.",
        gid="Group ID of the user who originally stored this member.",
        size="Size in bytes.",
        mtime="Time of last modification.",
        chksum="Header checksum.",
        type=("File type. type is usually one of these constants: REGTYPE, AREGTYPE, "
              "LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE, CHRTYPE, BLKTYPE, GNUTYPE_SPARSE."),
        linkname=("Name of the target file name, which is only present in TarInfo objects "
                  "of type LNKTYPE and SYMTYPE."),
        uname="User name.",
        gname="Group name.",
        devmajor="Device major number.",
        devminor="Device minor number.",
        offset="The tar header starts here.",
        offset_data="The file's data starts here.",
        pax_headers="A dictionary containing key-value pairs of an associated pax extended header.",
        sparse="Sparse member information.",
        tarfile=None,
        _sparse_structs=None,
        _link_target=None,
    )

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    # pax calls name "path" and linkname "linkpath"
    @property
    def path(self):
        'In pax headers, "name" is called "path".'
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        'In pax headers, "linkname" is called "linkpath".'
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP,
                uid=_KEEP, gid=_KEEP, uname=_KEEP, gname=_KEEP, deep=True, _KEEP=_KEEP):
        """A copy of self (deep unless deep=False) with the given attributes changed."""
        result = copy.deepcopy(self) if deep else copy.copy(self)
        for field, value in (("name", name), ("mtime", mtime), ("mode", mode),
                             ("linkname", linkname), ("uid", uid), ("gid", gid),
                             ("uname", uname), ("gname", gname)):
            if value is not _KEEP:
                setattr(result, field, value)
        return result

    def get_info(self):
        """The header fields as a dict."""
        info = {
            "name": self.name,
            "mode": None if self.mode is None else self.mode & 0o7777,
            "uid": self.uid,
            "gid": self.gid,
            "size": self.size,
            "mtime": self.mtime,
            "chksum": self.chksum,
            "type": self.type,
            "linkname": self.linkname,
            "uname": self.uname,
            "gname": self.gname,
            "devmajor": self.devmajor,
            "devminor": self.devminor,
        }
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    # ---- writing headers ----

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The member's header blocks in the given format."""
        info = self.get_info()
        for field, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % field)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        makers = {USTAR_FORMAT: self.create_ustar_header, GNU_FORMAT: self.create_gnu_header}
        if format not in makers:
            raise ValueError("invalid format")
        return makers[format](info, encoding, errors)

    def create_ustar_header(self, info, encoding, errors):
        """One ustar block; a name too long for its field is split into prefix and name."""
        info["magic"] = POSIX_MAGIC
        size_of = lambda field: len(info[field].encode(encoding, errors))
        if size_of("linkname") > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if size_of("name") > LENGTH_NAME:
            prefix, rest = self._posix_split_name(info["name"], encoding, errors)
            info["prefix"] = prefix
            info["name"] = rest
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        """A GNU header, after ././@LongLink members for a long link name and a long name."""
        info["magic"] = GNU_MAGIC
        out = b""
        for field, kind, limit in (("linkname", GNUTYPE_LONGLINK, LENGTH_LINK),
                                   ("name", GNUTYPE_LONGNAME, LENGTH_NAME)):
            if len(info[field].encode(encoding, errors)) > limit:
                out += self._create_gnu_long_header(info[field], kind, encoding, errors)
        return out + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        """A ustar block, after a pax extended header for whatever the block cannot hold:
        long or non-ASCII strings, numbers out of range, fractional times."""
        info["magic"] = POSIX_MAGIC
        records = self.pax_headers.copy()

        for field, keyword, limit in (("name", "path", LENGTH_NAME), ("linkname", "linkpath", LENGTH_LINK),
                                      ("uname", "uname", 32), ("gname", "gname", 32)):
            if keyword in records:
                continue                       # what the pax headers say wins
            value = info[field]
            if not value.isascii() or len(value) > limit:
                records[keyword] = value

        for field, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            value = info[field]
            is_float = isinstance(value, float)
            whole = round(value) if is_float else value
            if not 0 <= whole < 8 ** (digits - 1):
                info[field] = 0
            elif is_float:
                info[field] = whole           # rounded here, exact in the pax record
            else:
                continue
            if field not in records:
                records[field] = str(value)

        prefix = self._create_pax_generic_header(records, XHDTYPE, encoding) if records else b""
        return prefix + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        """A pax global header holding pax_headers."""
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        """(prefix, name) at the first "/" that makes both fit their fields."""
        parts = name.split("/")
        for cut in range(1, len(parts)):
            head = "/".join(parts[:cut])
            tail = "/".join(parts[cut:])
            if (len(head.encode(encoding, errors)) <= LENGTH_PREFIX
                    and len(tail.encode(encoding, errors)) <= LENGTH_NAME):
                return head, tail
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        """One 512-byte header block from the fields in info."""
        kind = info.get("type", REGTYPE)
        if kind is None:
            raise ValueError("TarInfo.type must not be None")
        text = lambda field, width: stn(info.get(field, ""), width, encoding, errors)
        number = lambda value, width: itn(value, width, format)
        if kind in (CHRTYPE, BLKTYPE):
            devices = [number(info.get("devmajor", 0), 8), number(info.get("devminor", 0), 8)]
        else:
            devices = [NUL * 8, NUL * 8]      # unused: left empty
        fields = [text("name", 100), number(info.get("mode", 0) & 0o7777, 8)]
        fields += [number(info.get(field, 0), width)
                   for field, width in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12))]
        fields += [b" " * 8, kind, text("linkname", 100), info.get("magic", POSIX_MAGIC),
                   text("uname", 32), text("gname", 32)] + devices + [text("prefix", 155)]
        block = b"".join(fields)
        block = block[:BLOCKSIZE] + NUL * (BLOCKSIZE - len(block))
        # the checksum field: six octal digits, a NUL, and the space already there
        checksum = calc_chksums(block)[0]
        return block[:148] + ("%06o" % checksum).encode("ascii") + NUL + block[155:]

    @staticmethod
    def _create_payload(payload):
        """payload padded with NULs to whole blocks."""
        return payload + NUL * (_blocks_for(len(payload)) - len(payload))

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        """A ././@LongLink member carrying a long name or link name."""
        data = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(data), "magic": GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + cls._create_payload(data)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        """A pax header member of "length keyword=value\\n" records."""
        # values that are not valid UTF-8 (surrogate-escaped bytes) make the whole header
        # binary: its values are then written in the archive's own encoding
        binary = False
        for value in pax_headers.values():
            try:
                value.encode("utf-8", "strict")
            except UnicodeEncodeError:
                binary = True
                break
        records = [b"21 hdrcharset=BINARY\n"] if binary else []
        for keyword, value in pax_headers.items():
            key = keyword.encode("utf-8")
            val = value.encode(encoding, "surrogateescape") if binary else value.encode("utf-8")
            body = len(key) + len(val) + 3        # " ", "=" and "\n"
            # the length counts its own digits: find the fixed point
            length = body + len(str(body))
            while length != body + len(str(length)):
                length = body + len(str(length))
            records.append(str(length).encode("ascii") + b" " + key + b"=" + val + b"\n")
        data = b"".join(records)
        info = {"name": "././@PaxHeader", "type": type, "size": len(data), "magic": POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, "ascii", "replace") + cls._create_payload(data)

    # ---- reading headers ----

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from one 512-byte header block."""
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf == _ZERO_BLOCK:
            raise EOFHeaderError("end of file header")
        checksum = nti(_field(buf, _CHKSUM))
        if checksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")

        obj = cls()
        obj.name = nts(_field(buf, _NAME), encoding, errors)
        obj.mode = nti(_field(buf, _MODE))
        obj.uid = nti(_field(buf, _UID))
        obj.gid = nti(_field(buf, _GID))
        obj.size = nti(_field(buf, _SIZE))
        obj.mtime = nti(_field(buf, _MTIME))
        obj.chksum = checksum
        obj.type = _field(buf, _TYPE)
        obj.linkname = nts(_field(buf, _LINKNAME), encoding, errors)
        obj.uname = nts(_field(buf, _UNAME), encoding, errors)
        obj.gname = nts(_field(buf, _GNAME), encoding, errors)
        obj.devmajor = nti(_field(buf, _DEVMAJOR))
        obj.devminor = nti(_field(buf, _DEVMINOR))
        prefix = nts(_field(buf, _PREFIX), encoding, errors)

        # old V7 archives mark a directory only by its trailing slash
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE
        if obj.type == GNUTYPE_SPARSE:
            obj._sparse_structs = cls._old_gnu_sparse(buf)
        if obj.isdir():
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in GNU_TYPES:
            obj.name = prefix + "/" + obj.name
        return obj

    @staticmethod
    def _old_gnu_sparse(buf):
        """The old GNU sparse header's (offset, size) pairs, more-follows flag and real size."""
        pairs = []
        for pos in range(386, 386 + 4 * 24, 24):
            try:
                pairs.append((nti(buf[pos:pos + 12]), nti(buf[pos + 12:pos + 24])))
            except ValueError:
                break
        return pairs, bool(buf[482]), nti(buf[483:495])

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of tarfile (after any extended headers before it)."""
        buf = tarfile.fileobj.read(BLOCKSIZE)
        obj = cls.frombuf(buf, tarfile.encoding, tarfile.errors)
        obj.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return obj._proc_member(tarfile)

    # Each _proc_* sets offset_data, moves tarfile.offset to the next header and returns
    # the member (which for an extended header is the member after it).

    def _proc_member(self, tarfile):
        kind = self.type
        if kind == GNUTYPE_LONGNAME or kind == GNUTYPE_LONGLINK:
            handler = self._proc_gnulong
        elif kind == GNUTYPE_SPARSE:
            handler = self._proc_sparse
        elif kind in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            handler = self._proc_pax
        else:
            handler = self._proc_builtin
        return handler(tarfile)

    def _data_span(self):
        """How many archive bytes this member's data takes (unknown types carry data too)."""
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            return self._block(self.size)
        return 0

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + self._data_span()
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip("/")
        return self

    def _next_after_extension(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _proc_gnulong(self, tarfile):
        data = tarfile.fileobj.read(self._block(self.size))
        member = self._next_after_extension(tarfile)
        member.offset = self.offset
        text = nts(data, tarfile.encoding, tarfile.errors)
        if self.type == GNUTYPE_LONGNAME:
            member.name = text
        else:
            member.linkname = text
        if member.isdir():
            member.name = member.name.removesuffix("/")
        return member

    def _proc_sparse(self, tarfile):
        pairs, more, realsize = self._sparse_structs
        del self._sparse_structs
        while more:
            block = tarfile.fileobj.read(BLOCKSIZE)
            for pos in range(0, 21 * 24, 24):
                try:
                    start = nti(block[pos:pos + 12])
                    length = nti(block[pos + 12:pos + 24])
                except ValueError:
                    break
                if start and length:
                    pairs.append((start, length))
            more = bool(block[504])
        self.sparse = pairs
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + self._block(self.size)
        self.size = realsize
        return self

    def _proc_pax(self, tarfile):
        data = tarfile.fileobj.read(self._block(self.size))
        # a global header changes the archive's defaults, an extended one the next member
        headers = tarfile.pax_headers if self.type == XGLTYPE else tarfile.pax_headers.copy()

        charset = re.search(br"\d+ hdrcharset=([^\n]+)\n", data)
        if charset is not None:
            headers["hdrcharset"] = charset.group(1).decode("utf-8")
        names_encoding = tarfile.encoding if headers.get("hdrcharset") == "BINARY" else "utf-8"

        record = re.compile(br"(\d+) ([^=]+)=")
        pos = 0
        while True:
            found = record.match(data, pos)
            if not found:
                break
            length = int(found.group(1))
            if length == 0:
                raise InvalidHeaderError("invalid header")
            raw_value = data[found.end(2) + 1:found.start(1) + length - 1]
            keyword = self._decode_pax_field(found.group(2), "utf-8", "utf-8", tarfile.errors)
            if keyword in PAX_NAME_FIELDS:
                value = self._decode_pax_field(raw_value, names_encoding, tarfile.encoding,
                                               tarfile.errors)
            else:
                value = self._decode_pax_field(raw_value, "utf-8", "utf-8", tarfile.errors)
            headers[keyword] = value
            pos += length

        member = self._next_after_extension(tarfile)

        if "GNU.sparse.map" in headers:                       # GNU sparse 0.1
            numbers = [int(x) for x in headers["GNU.sparse.map"].split(",")]
            member.sparse = list(zip(numbers[::2], numbers[1::2]))
        elif "GNU.sparse.size" in headers:                    # GNU sparse 0.0
            starts = [int(m.group(1)) for m in re.finditer(br"\d+ GNU.sparse.offset=(\d+)\n", data)]
            sizes = [int(m.group(1)) for m in re.finditer(br"\d+ GNU.sparse.numbytes=(\d+)\n", data)]
            member.sparse = list(zip(starts, sizes))
        elif headers.get("GNU.sparse.major") == "1" and headers.get("GNU.sparse.minor") == "0":
            self._read_sparse_map_10(member, tarfile)

        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            member._apply_pax_info(headers, tarfile.encoding, tarfile.errors)
            member.offset = self.offset
            if "size" in headers:
                # the real size decides where the next header is
                tarfile.offset = member.offset_data + member._data_span()
        return member

    def _read_sparse_map_10(self, member, tarfile):
        """GNU sparse 1.0: the map is decimal lines at the start of the member's data."""
        block = tarfile.fileobj.read(BLOCKSIZE)
        count, block = block.split(b"\n", 1)
        numbers = []
        while len(numbers) < int(count) * 2:
            if b"\n" not in block:
                block += tarfile.fileobj.read(BLOCKSIZE)
            number, block = block.split(b"\n", 1)
            numbers.append(int(number))
        member.offset_data = tarfile.fileobj.tell()
        member.sparse = list(zip(numbers[::2], numbers[1::2]))

    def _apply_pax_info(self, pax_headers, encoding, errors):
        """Override header fields with pax records."""
        for keyword, value in pax_headers.items():
            if keyword == "GNU.sparse.name":
                self.path = value
            elif keyword in ("GNU.sparse.size", "GNU.sparse.realsize"):
                self.size = int(value)
            elif keyword in PAX_FIELDS:
                if keyword in PAX_NUMBER_FIELDS:
                    try:
                        value = PAX_NUMBER_FIELDS[keyword](value)
                    except ValueError:
                        value = 0
                if keyword == "path":
                    value = value.rstrip("/")
                setattr(self, keyword, value)
        self.pax_headers = pax_headers.copy()

    def _decode_pax_field(self, value, encoding, fallback_encoding, fallback_errors):
        try:
            return value.decode(encoding, "strict")
        except UnicodeDecodeError:
            return value.decode(fallback_encoding, fallback_errors)

    def _block(self, count):
        """count rounded up to whole blocks, e.g. _block(834) => 1024."""
        return _blocks_for(count)

    # ---- kinds ----

    def isreg(self):
        'Whether the member is a regular file (also the old AREGTYPE, CONTTYPE and sparse files).'
        return self.type in REGULAR_TYPES

    def isfile(self):
        'Whether the member is a regular file: the same as isreg().'
        return self.isreg()

    def isdir(self):
        'Whether the member is a directory.'
        return self.type == DIRTYPE

    def issym(self):
        'Whether the member is a symbolic link.'
        return self.type == SYMTYPE

    def islnk(self):
        'Whether the member is a hard link.'
        return self.type == LNKTYPE

    def ischr(self):
        'Whether the member is a character device.'
        return self.type == CHRTYPE

    def isblk(self):
        'Whether the member is a block device.'
        return self.type == BLKTYPE

    def isfifo(self):
        'Whether the member is a FIFO.'
        return self.type == FIFOTYPE

    def issparse(self):
        'Whether the member is a GNU sparse file.'
        return self.sparse is not None

    def isdev(self):
        'Whether the member is a device or a FIFO.'
        return self.type in _DEVICE_TYPES


# ---- TarFile ----

class TarFile(object):
    """A tar archive open for reading, writing or appending."""

    debug = 0                   # 0 to 3: how much to report on stderr
    dereference = False         # add what symlinks point to instead of the links
    ignore_zeros = False        # skip zero and invalid blocks instead of stopping
    errorlevel = 1              # 0: extraction errors are only reported; 1: OSErrors raise; 2: all
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors="surrogateescape",
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None):
        file_modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in file_modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = file_modes[mode]

        if not fileobj:
            if self.mode == "a" and not os.path.exists(name):
                self.mode = "w"                  # appending to nothing creates the file
                self._mode = "wb"
            fileobj = bltn_open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and isinstance(getattr(fileobj, "name", None), (str, bytes)):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj

        if format is not None:
            self.format = format
        if tarinfo is not None:
            self.tarinfo = tarinfo
        if dereference is not None:
            self.dereference = dereference
        if ignore_zeros is not None:
            self.ignore_zeros = ignore_zeros
        if encoding is not None:
            self.encoding = encoding
        self.errors = errors
        self.pax_headers = pax_headers if pax_headers is not None and self.format == PAX_FORMAT else {}
        if debug is not None:
            self.debug = debug
        if errorlevel is not None:
            self.errorlevel = errorlevel

        self.copybufsize = copybufsize
        self.closed = False
        self.members = []            # the TarInfos read or written so far, in order
        self._loaded = False         # all members have been read
        self.offset = self.fileobj.tell()   # where the next header goes or comes from
        self.inodes = {}             # (inode, device) -> archive name, to store hard links

        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                self._skip_to_end()
            if self.mode in ("a", "w", "x"):
                self._loaded = True
                if self.pax_headers:
                    buf = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
                    self.fileobj.write(buf)
                    self.offset += len(buf)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _skip_to_end(self):
        """Read every member, leaving the file at the first end-of-archive block."""
        while True:
            self.fileobj.seek(self.offset)
            try:
                self.members.append(self.tarinfo.fromtarfile(self))
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                return
            except HeaderError as e:
                raise ReadError(str(e)) from None

    # ---- opening ----

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open a tar archive. mode is "r" or "r:*" (any compression), "r:", "r:gz", "a",
        "w", "w:gz", "x", "x:gz", or a stream mode: "r|*", "r|", "r|gz", "w|", "w|gz"
        ("bz2" and "xz" need modules tpy does not have)."""
        if not name and not fileobj:
            raise ValueError("nothing to open")

        if mode in ("r", "r:*"):
            # compressed methods first, plain tar last
            methods = sorted(cls.OPEN_METH, key=lambda c: cls.OPEN_METH[c] == "taropen")
            failures = []
            for comptype in methods:
                opener = getattr(cls, cls.OPEN_METH[comptype])
                if fileobj is not None:
                    start = fileobj.tell()
                try:
                    return opener(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    failures.append("- method %s: %r" % (comptype, e))
                    if fileobj is not None:
                        fileobj.seek(start)
            raise ReadError("file could not be opened successfully:\n" + "\n".join(failures))

        if ":" in mode:
            filemode, comptype = mode.split(":", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if comptype not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % comptype)
            return getattr(cls, cls.OPEN_METH[comptype])(name, filemode, fileobj, **kwargs)

        if "|" in mode:
            filemode, comptype = mode.split("|", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            cls._require_mode(filemode, ("r", "w"))
            stream = _Stream(name, filemode, comptype, fileobj, bufsize)
            try:
                archive = cls(name, filemode, stream, **kwargs)
            except:
                stream.close()
                raise
            archive._extfileobj = False
            return archive

        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)

        raise ValueError("undiscernible mode")

    @staticmethod
    def _require_mode(mode, allowed):
        if mode not in allowed:
            raise ValueError("mode must be %s" % _MODE_NAMES[allowed])

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open an uncompressed tar archive."""
        cls._require_mode(mode, ("r", "a", "w", "x"))
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a gzip-compressed tar archive (not for appending)."""
        cls._require_mode(mode, ("r", "w", "x"))
        try:
            from gzip import GzipFile
        except ImportError:
            raise CompressionError("gzip module is not available") from None
        try:
            fileobj = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        try:
            archive = cls.taropen(name, mode, fileobj, **kwargs)
        except OSError as e:
            fileobj.close()
            if mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        except:
            fileobj.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a bzip2-compressed tar archive: tpy has no bz2 module."""
        cls._require_mode(mode, ("r", "w", "x"))
        raise _missing_compression("bz2")

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """Open an lzma-compressed tar archive: tpy has no lzma module."""
        cls._require_mode(mode, ("r", "w", "x"))
        raise _missing_compression("xz")

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    # ---- the archive as a whole ----

    def close(self):
        """Close the archive; when writing, end it with two zero blocks and pad it to a
        whole record."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                short = self.offset % RECORDSIZE
                if short:
                    self.fileobj.write(NUL * (RECORDSIZE - short))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def getmember(self, name):
        """The last member called name; KeyError when there is none."""
        tarinfo = self._getmember(name.rstrip("/"))
        if tarinfo is None:
            raise KeyError("filename %r not found" % name)
        return tarinfo

    def getmembers(self):
        """Every member, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """Every member's name, in archive order."""
        return [tarinfo.name for tarinfo in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for a file on disk (by name, or the open file fileobj), called arcname
        in the archive."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, "/").lstrip("/")

        tarinfo = self.tarinfo()
        tarinfo.tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        elif self.dereference:
            st = os.stat(name)
        else:
            st = os.lstat(name)

        linkname = ""
        fmode = st.st_mode
        if stat.S_ISREG(fmode):
            inode = (st.st_ino, st.st_dev)
            earlier = self.inodes.get(inode)
            if (not self.dereference and st.st_nlink > 1 and earlier is not None
                    and arcname != earlier):
                kind = LNKTYPE                 # another name of a file already stored
                linkname = earlier
            else:
                kind = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(fmode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(fmode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(fmode):
            kind = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(fmode):
            kind = CHRTYPE
        elif stat.S_ISBLK(fmode):
            kind = BLKTYPE
        else:
            return None                        # a socket: not archivable

        tarinfo.name = arcname
        tarinfo.mode = fmode
        tarinfo.uid = st.st_uid
        tarinfo.gid = st.st_gid
        tarinfo.size = st.st_size if kind == REGTYPE else 0
        tarinfo.mtime = st.st_mtime
        tarinfo.type = kind
        tarinfo.linkname = linkname
        if pwd:
            try:
                tarinfo.uname = pwd.getpwuid(tarinfo.uid)[0]
            except KeyError:
                pass
        if grp:
            try:
                tarinfo.gname = grp.getgrgid(tarinfo.gid)[0]
            except KeyError:
                pass
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major") and hasattr(os, "minor"):
            tarinfo.devmajor = os.major(st.st_rdev)
            tarinfo.devminor = os.minor(st.st_rdev)
        return tarinfo

    def list(self, verbose=True, *, members=None):
        """Print the members, one a line; verbose adds `ls -l`'s columns."""
        self._check()
        for tarinfo in self if members is None else members:
            columns = []
            if verbose:
                columns.append("??????????" if tarinfo.mode is None else stat.filemode(tarinfo.mode))
                columns.append("%s/%s" % (tarinfo.uname or tarinfo.uid, tarinfo.gname or tarinfo.gid))
                if tarinfo.ischr() or tarinfo.isblk():
                    columns.append("%10s" % ("%d,%d" % (tarinfo.devmajor, tarinfo.devminor)))
                else:
                    columns.append("%10d" % tarinfo.size)
                if tarinfo.mtime is None:
                    columns.append("????-??-?? ??:??:??")
                else:
                    columns.append("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(tarinfo.mtime)[:6])
            columns.append(tarinfo.name + ("/" if tarinfo.isdir() else ""))
            if verbose and tarinfo.issym():
                columns.append("-> " + tarinfo.linkname)
            if verbose and tarinfo.islnk():
                columns.append("link to " + tarinfo.linkname)
            for column in columns:
                _safe_print(column)
            print()

    # ---- writing ----

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add the file name (a directory with its contents unless recursive is False) as
        arcname; filter may change each TarInfo or return None to leave the file out."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)     # the archive itself
            return
        self._dbg(1, name)
        tarinfo = self.gettarinfo(name, arcname)
        if tarinfo is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            tarinfo = filter(tarinfo)
            if tarinfo is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return
        if tarinfo.isreg():
            with bltn_open(name, "rb") as f:
                self.addfile(tarinfo, f)
        elif tarinfo.isdir():
            self.addfile(tarinfo)
            if recursive:
                for entry in sorted(os.listdir(name)):
                    self.add(os.path.join(name, entry), os.path.join(arcname, entry),
                             recursive, filter=filter)
        else:
            self.addfile(tarinfo)

    def addfile(self, tarinfo, fileobj=None):
        """Write tarinfo's header, then tarinfo.size bytes of fileobj when given."""
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        header = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(header)
        self.offset += len(header)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=self.copybufsize)
            padded = _blocks_for(tarinfo.size)
            if padded > tarinfo.size:
                self.fileobj.write(NUL * (padded - tarinfo.size))
            self.offset += padded
        self.members.append(tarinfo)

    # ---- extracting ----

    def _get_filter_function(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError("String names are not supported for TarFile.extraction_filter. "
                                "Use a function such as tarfile.data_filter directly.")
            return filter
        if callable(filter):
            return filter
        try:
            return _NAMED_FILTERS[filter]
        except KeyError:
            raise ValueError("filter %r not found" % (filter,)) from None

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extract the members (all by default) under path. Directories get their
        attributes last, deepest first, so extracting into them is not hindered."""
        directories = []
        filter_function = self._get_filter_function(filter)
        for member in self if members is None else members:
            tarinfo = self._get_extract_tarinfo(member, filter_function, path)
            if tarinfo is None:
                continue
            if tarinfo.isdir():
                directories.append(tarinfo)
            self._extract_one(tarinfo, path, set_attrs=not tarinfo.isdir(),
                              numeric_owner=numeric_owner)
        directories.sort(key=lambda d: d.name, reverse=True)
        for tarinfo in directories:
            dirpath = os.path.join(path, tarinfo.name)
            try:
                self.chown(tarinfo, dirpath, numeric_owner=numeric_owner)
                self.utime(tarinfo, dirpath)
                self.chmod(tarinfo, dirpath)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        """Extract one member (a name or a TarInfo) under path."""
        filter_function = self._get_filter_function(filter)
        tarinfo = self._get_extract_tarinfo(member, filter_function, path)
        if tarinfo is not None:
            self._extract_one(tarinfo, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        """The member as the filter returns it, or None when it is to be skipped."""
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        unfiltered = tarinfo
        try:
            tarinfo = filter_function(tarinfo, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        if tarinfo is None:
            self._dbg(2, "tarfile: Excluded %r" % unfiltered.name)
            return None
        if tarinfo.islnk():
            # a hard link names its target relative to the extraction directory
            tarinfo = copy.copy(tarinfo)
            tarinfo._link_target = os.path.join(path, tarinfo.linkname)
        return tarinfo

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check("r")
        try:
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name),
                                 set_attrs=set_attrs, numeric_owner=numeric_owner)
        except OSError as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise
        self._dbg(1, "tarfile: %s" % e)

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise
        if isinstance(e, OSError):
            if e.filename is None:
                self._dbg(1, "tarfile: %s" % e.strerror)
            else:
                self._dbg(1, "tarfile: %s %r" % (e.strerror, e.filename))
        else:
            self._dbg(1, "tarfile: %s %s" % (type(e).__name__, e))

    def extractfile(self, member):
        """A binary file object reading a regular member (or what a link member points
        to); None for directories and other members without data."""
        self._check("r")
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return self.fileobject(self, tarinfo)
        if tarinfo.islnk() or tarinfo.issym():
            if isinstance(self.fileobj, _Stream):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        """Make the file, directory or link tarinfo describes at targetpath."""
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)                 # directories the archive does not list
        if tarinfo.islnk() or tarinfo.issym():
            self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname))
        else:
            self._dbg(1, tarinfo.name)

        if tarinfo.isreg():
            maker = self.makefile
        elif tarinfo.isdir():
            maker = self.makedir
        elif tarinfo.isfifo():
            maker = self.makefifo
        elif tarinfo.ischr() or tarinfo.isblk():
            maker = self.makedev
        elif tarinfo.islnk() or tarinfo.issym():
            maker = self.makelink
        elif tarinfo.type in SUPPORTED_TYPES:
            maker = self.makefile
        else:
            maker = self.makeunknown          # written as a regular file
        maker(tarinfo, targetpath)

        if not set_attrs:
            return
        self.chown(tarinfo, targetpath, numeric_owner)
        if tarinfo.issym():
            return                            # a link's own mode and time cannot be set
        self.chmod(tarinfo, targetpath)
        self.utime(tarinfo, targetpath)

    def makedir(self, tarinfo, targetpath):
        """Make a directory, private until its own mode is set at the end."""
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                os.mkdir(targetpath, 0o700)
        except FileExistsError:
            pass

    def makefile(self, tarinfo, targetpath):
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        with bltn_open(targetpath, "wb") as target:
            if tarinfo.sparse is not None:
                for start, length in tarinfo.sparse:
                    target.seek(start)
                    copyfileobj(source, target, length, ReadError, self.copybufsize)
                target.seek(tarinfo.size)
                target.truncate()
            else:
                copyfileobj(source, target, tarinfo.size, ReadError, self.copybufsize)

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file." % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        mode = 0o600 if tarinfo.mode is None else tarinfo.mode
        mode |= stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, mode, os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        """Make a symbolic or hard link; where that fails, a copy of the member linked to."""
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
        except symlink_exception:
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Give targetpath the member's owner (only root may; by name unless
        numeric_owner, falling back to the ids)."""
        if not (hasattr(os, "geteuid") and os.geteuid() == 0):
            return
        if not hasattr(os, "chown"):
            return                              # tpy's os cannot change owners
        gid = tarinfo.gid
        uid = tarinfo.uid
        if not numeric_owner:
            try:
                if grp and tarinfo.gname:
                    gid = grp.getgrnam(tarinfo.gname)[2]
            except KeyError:
                pass
            try:
                if pwd and tarinfo.uname:
                    uid = pwd.getpwnam(tarinfo.uname)[2]
            except KeyError:
                pass
        gid = -1 if gid is None else gid
        uid = -1 if uid is None else uid
        try:
            if tarinfo.issym() and hasattr(os, "lchown"):
                os.lchown(targetpath, uid, gid)
            else:
                os.chown(targetpath, uid, gid)
        except OSError as e:
            raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        mtime = tarinfo.mtime
        if mtime is None or not hasattr(os, "utime"):
            return
        try:
            os.utime(targetpath, (mtime, mtime))
        except OSError as e:
            raise ExtractError("could not change modification time") from e

    # ---- reading members one by one ----

    def next(self):
        """The next member, or None at the end of the archive."""
        self._check("ra")
        if self.firstmember is not None:
            first, self.firstmember = self.firstmember, None
            return first

        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            # make sure the archive really reaches the next header
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")

        tarinfo = None
        while True:
            try:
                tarinfo = self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError) as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if isinstance(e, InvalidHeaderError) and self.offset == 0:
                    raise ReadError(str(e)) from None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except Exception as e:
                import zlib
                if isinstance(e, zlib.error):
                    raise ReadError("zlib error: %s" % e) from None
                raise
            break

        if tarinfo is not None:
            self.members.append(tarinfo)
        else:
            self._loaded = True
        return tarinfo

    # ---- helpers ----

    def _getmember(self, name, tarinfo=None, normalize=False):
        """The last member called name, searching only before tarinfo when given."""
        members = self.getmembers()
        skipping = False
        if tarinfo is not None:
            try:
                members = members[:members.index(tarinfo)]
            except ValueError:
                # a modified copy: skip members until one at the same offset
                skipping = True
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            if skipping:
                if tarinfo.offset == member.offset:
                    skipping = False
                continue
            member_name = os.path.normpath(member.name) if normalize else member.name
            if name == member_name:
                return member
        if skipping:
            raise ValueError(tarinfo)
        return None

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        """The member a link points to: for a symlink anywhere in the archive (relative to
        the link's directory), for a hard link before the link."""
        if tarinfo.issym():
            linkname = "/".join(part for part in (os.path.dirname(tarinfo.name), tarinfo.linkname)
                                if part)
            limit = None
        else:
            linkname = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(linkname, tarinfo=limit, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % linkname)
        return member

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            tarinfo = self.next()
            index += 1
            yield tarinfo
        while True:
            if index < len(self.members):
                tarinfo = self.members[index]
            elif not self._loaded:
                tarinfo = self.next()
                if not tarinfo:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield tarinfo

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
            return
        # after an error the end blocks are not written: the archive stays as it was
        if not self._extfileobj:
            self.fileobj.close()
        self.closed = True


def is_tarfile(name):
    """Whether name (a path or a file object) holds a tar archive this module can read."""
    try:
        if hasattr(name, "read"):
            start = name.tell()
            archive = open(fileobj=name)
            name.seek(start)
        else:
            archive = open(name)
        archive.close()
        return True
    except TarError:
        return False


open = TarFile.open


def main():
    """python -m tarfile: list (-l), extract (-e), create (-c) or test (-t) an archive."""
    import argparse

    parser = argparse.ArgumentParser(description="A simple command-line interface for tarfile module.")
    parser.add_argument("-v", "--verbose", action="store_true", default=False,
                        help="Verbose output")
    parser.add_argument("--filter", metavar="<filtername>", choices=_NAMED_FILTERS,
                        help="Filter for extraction")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("-l", "--list", metavar="<tarfile>", help="Show listing of a tarfile")
    group.add_argument("-e", "--extract", nargs="+", metavar=("<tarfile>", "<output_dir>"),
                       help="Extract tarfile into target dir")
    group.add_argument("-c", "--create", nargs="+", metavar=("<name>", "<file>"),
                       help="Create tarfile from sources")
    group.add_argument("-t", "--test", metavar="<tarfile>", help="Test if a tarfile is valid")
    args = parser.parse_args()

    if args.filter and args.extract is None:
        parser.exit(1, "--filter is only valid for extraction\n")

    def require_tar(src):
        if not is_tarfile(src):
            parser.exit(1, "{!r} is not a tar archive.\n".format(src))

    if args.test is not None:
        require_tar(args.test)
        with open(args.test, "r") as tar:
            tar.getmembers()
            print(tar.getmembers(), file=sys.stderr)
        if args.verbose:
            print("{!r} is a tar archive.".format(args.test))
    elif args.list is not None:
        require_tar(args.list)
        with TarFile.open(args.list, "r:*") as tf:
            tf.list(verbose=args.verbose)
    elif args.extract is not None:
        if len(args.extract) == 1:
            src, curdir = args.extract[0], os.curdir
        elif len(args.extract) == 2:
            src, curdir = args.extract
        else:
            parser.exit(1, parser.format_help())
        require_tar(src)
        with TarFile.open(src, "r:*") as tf:
            tf.extractall(path=curdir, filter=args.filter)
        if args.verbose:
            if curdir == ".":
                print("{!r} file is extracted.".format(src))
            else:
                print("{!r} file is extracted into {!r} directory.".format(src, curdir))
    elif args.create is not None:
        tar_name = args.create.pop(0)
        ext = os.path.splitext(tar_name)[1]
        compressions = {".gz": "gz", ".tgz": "gz", ".xz": "xz", ".txz": "xz",
                        ".bz2": "bz2", ".tbz": "bz2", ".tbz2": "bz2", ".tb2": "bz2"}
        with TarFile.open(tar_name, "w:" + compressions[ext] if ext in compressions else "w") as tf:
            for file_name in args.create:
                tf.add(file_name)
        if args.verbose:
            print("{!r} file created.".format(tar_name))


if __name__ == "__main__":
    main()
