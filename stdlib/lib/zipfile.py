"""zipfile: reading, writing and appending ZIP archives (stored and deflated members).

Written from PKWARE's APPNOTE layout: a local header and the data for each member, then a
central directory (one record per member) and the end-of-central-directory record. Deflated
data is raw deflate from zlib (wbits -15). No ZIP64, encryption, bzip2 or lzma.
"""

import io
import os
import shutil
import stat
import struct
import sys
import threading
import time
import zlib

__all__ = ['BadZipFile', 'BadZipfile', 'error', 'ZIP_STORED', 'ZIP_DEFLATED', 'ZIP_BZIP2',
           'ZIP_LZMA', 'is_zipfile', 'ZipInfo', 'ZipFile', 'PyZipFile', 'LargeZipFile', 'Path']


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when an archive would need ZIP64 extensions (tpy writes none)."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce', 6: 'implode',
    7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode', 12: 'bzip2', 14: 'lzma',
    18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}

# Record layouts (little-endian) and their signatures.
_LOCAL = struct.Struct('<4s2B4HL2L2H')
_LOCAL_SIG = b'PK\x03\x04'
_CENTRAL = struct.Struct('<4s4B4HL2L5H2L')
_CENTRAL_SIG = b'PK\x01\x02'
_END = struct.Struct('<4s4H2LH')
_END_SIG = b'PK\x05\x06'

_CP437_HIGH = ('ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬'
               '╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0')


def _decode_cp437(raw):
    """Member names without the UTF-8 flag are code page 437 (tpy has no cp437 codec)."""
    return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression in (ZIP_BZIP2, ZIP_LZMA):
        raise NotImplementedError("tpy's zipfile supports only ZIP_STORED and ZIP_DEFLATED")
    raise NotImplementedError('That compression method is not supported')


def _end_record(fp):
    """(the end record's fields, its offset) of a seekable file, or None if there is none."""
    try:
        fp.seek(0, 2)
    except OSError:
        return None
    size = fp.tell()
    if size < _END.size:
        return None
    fp.seek(size - _END.size)
    data = fp.read()
    if len(data) == _END.size and data[:4] == _END_SIG and data[-2:] == b'\x00\x00':
        return _END.unpack(data), size - _END.size, b''
    # There is an archive comment: look for the signature in the last 64 KiB.
    start = max(size - ZIP_MAX_COMMENT - _END.size, 0)
    fp.seek(start)
    data = fp.read()
    at = data.rfind(_END_SIG)
    if at < 0 or len(data) - at < _END.size:
        return None
    fields = _END.unpack(data[at:at + _END.size])
    comment = data[at + _END.size:at + _END.size + fields[7]]
    return fields, start + at, comment


def is_zipfile(filename):
    """True if `filename` (a path or a binary file) ends with a ZIP end-of-central-directory record."""
    try:
        if hasattr(filename, 'read'):
            return _end_record(filename) is not None
        with open(filename, 'rb') as fp:
            return _end_record(fp) is not None
    except OSError:
        return False


class ZipInfo:
    """One member of an archive: its name, time, sizes, CRC and attributes."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename='NoName', date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null = filename.find(chr(0))
        if null >= 0:
            filename = filename[:null]
        if os.sep != '/' and os.sep in filename:
            filename = filename.replace(os.sep, '/')
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b''
        self.extra = b''
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self.header_offset = 0
        self.CRC = 0

    def __repr__(self):
        parts = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' % compressor_names.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            parts.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            parts.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def is_dir(self):
        return self.filename[-1:] == '/'

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | 0x800

    def _dos_time(self):
        t = self.date_time
        return (t[3] << 11 | t[4] << 5 | (t[5] // 2)), ((t[0] - 1980) << 9 | t[1] << 5 | t[2])

    def FileHeader(self, zip64=None):
        """The local file header that precedes this member's data."""
        if self.file_size > ZIP64_LIMIT or self.compress_size > ZIP64_LIMIT:
            raise LargeZipFile("tpy's zipfile cannot write members larger than 2 GiB (no ZIP64)")
        name, flags = self._encoded_name()
        dostime, dosdate = self._dos_time()
        version = max(self.extract_version, DEFAULT_VERSION if self.compress_type == ZIP_DEFLATED else 0)
        return _LOCAL.pack(_LOCAL_SIG, version, self.reserved, flags, self.compress_type, dostime,
                           dosdate, self.CRC, self.compress_size, self.file_size, len(name),
                           len(self.extra)) + name + self.extra

    def _central_record(self):
        name, flags = self._encoded_name()
        dostime, dosdate = self._dos_time()
        least = DEFAULT_VERSION if self.compress_type == ZIP_DEFLATED else 0
        return _CENTRAL.pack(_CENTRAL_SIG, max(self.create_version, least), self.create_system,
                             max(self.extract_version, least), self.reserved, flags,
                             self.compress_type, dostime, dosdate, self.CRC, self.compress_size,
                             self.file_size, len(name), len(self.extra), len(self.comment), 0,
                             self.internal_attr, self.external_attr,
                             self.header_offset) + name + self.extra + self.comment

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        if hasattr(type(filename), '__fspath__'):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        info = cls(arcname, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info


class ZipExtFile(io.BufferedIOBase):
    """A member opened for reading: its data, decompressed when opened, CRC checked at its end."""

    def __init__(self, name, data, zinfo):
        super().__init__()
        self.name = name
        self.mode = 'r'
        self._data = data
        self._pos = 0
        self._zinfo = zinfo
        self._checked = False

    def _check_end(self):
        if self._pos >= len(self._data) and not self._checked:
            self._checked = True
            if zlib.crc32(self._data) != self._zinfo.CRC:
                raise BadZipFile('Bad CRC-32 for file %r' % self.name)

    def readable(self):
        return True

    def seekable(self):
        return True

    def read(self, n=-1):
        if self.closed:
            raise ValueError('read from closed file.')
        if n is None or n < 0:
            n = len(self._data) - self._pos
        chunk = self._data[self._pos:self._pos + n]
        self._pos += len(chunk)
        self._check_end()
        return chunk

    read1 = read

    def peek(self, n=1):
        return self._data[self._pos:self._pos + max(n, 512)]

    def readline(self, limit=-1):
        if self.closed:
            raise ValueError('readline of closed file')
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        if limit is not None and limit >= 0:
            end = min(end, self._pos + limit)
        line = self._data[self._pos:end]
        self._pos = end
        self._check_end()
        return line

    def seek(self, offset, whence=0):
        if whence == 0:
            pos = offset
        elif whence == 1:
            pos = self._pos + offset
        elif whence == 2:
            pos = len(self._data) + offset
        else:
            raise ValueError('whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)')
        self._pos = max(0, min(pos, len(self._data)))
        return self._pos

    def tell(self):
        return self._pos

    def __repr__(self):
        return '<%s.%s name=%r mode=%r compress_type=%s>' % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, self.mode,
            compressor_names.get(self._zinfo.compress_type, self._zinfo.compress_type))


class _ZipWriteFile(io.BufferedIOBase):
    """A member opened for writing: the data is kept, and written as the member on close()."""

    def __init__(self, zf, zinfo):
        super().__init__()
        self._zipfile = zf
        self._zinfo = zinfo
        self._chunks = []

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        data = bytes(data)
        self._chunks.append(data)
        return len(data)

    def close(self):
        if self.closed:
            return
        try:
            self._zipfile._write_member(self._zinfo, b''.join(self._chunks))
        finally:
            self._zipfile._writing = False
            super().close()


class ZipFile:
    """A ZIP archive, read ('r'), written ('w', 'x') or appended to ('a')."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode='r', compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError('metadata_encoding is only supported for reading files')
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._lock = threading.RLock()
        if hasattr(type(file), '__fspath__'):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modes = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
            try:
                self.fp = io.open(file, modes[mode])
            except FileNotFoundError:
                if mode != 'a':
                    raise
                self.fp = io.open(file, 'w+b')
                mode = 'w'
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.start_dir = 0
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # Not an archive yet: the archive is appended after what the file holds.
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(' file=%r' % self.fp)
            elif self.filename is not None:
                result.append(' filename=%r' % self.filename)
            result.append(' mode=%r' % self.mode)
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _read_directory(self):
        found = _end_record(self.fp)
        if found is None:
            raise BadZipFile('File is not a zip file')
        fields, end_at, comment = found
        size_cd, offset_cd = fields[5], fields[6]
        self._comment = comment
        # Bytes before the archive (a self-extracting stub) shift every offset.
        concat = end_at - size_cd - offset_cd
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile('Bad offset for central directory')
        self.fp.seek(self.start_dir)
        data = self.fp.read(size_cd)
        pos = 0
        while pos < len(data):
            if len(data) - pos < _CENTRAL.size:
                raise BadZipFile('Truncated central directory')
            rec = _CENTRAL.unpack(data[pos:pos + _CENTRAL.size])
            if rec[0] != _CENTRAL_SIG:
                raise BadZipFile('Bad magic number for central directory')
            pos += _CENTRAL.size
            name_len, extra_len, comment_len = rec[12], rec[13], rec[14]
            raw_name = data[pos:pos + name_len]
            pos += name_len
            flags = rec[5]
            if flags & 0x800:
                name = raw_name.decode('utf-8')
            elif self.metadata_encoding:
                name = raw_name.decode(self.metadata_encoding)
            else:
                name = _decode_cp437(raw_name)
            x = ZipInfo(name)
            x.extra = data[pos:pos + extra_len]
            pos += extra_len
            x.comment = data[pos:pos + comment_len]
            pos += comment_len
            x.header_offset = rec[18] + concat
            (x.create_version, x.create_system, x.extract_version, x.reserved, x.flag_bits,
             x.compress_type, t, d, x.CRC, x.compress_size, x.file_size) = rec[1:12]
            x.volume, x.internal_attr, x.external_attr = rec[15], rec[16], rec[17]
            if x.extract_version > 63:
                raise NotImplementedError('zip file version %.1f' % (x.extract_version / 10))
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F, t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x

    def namelist(self):
        return [data.filename for data in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print('%-46s %19s %12s' % ('File Name', 'Modified    ', 'Size'), file=file)
        for zinfo in self.filelist:
            date = '%d-%02d-%02d %02d:%02d:%02d' % zinfo.date_time[:6]
            print('%-46s %s %12d' % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        """The name of the first member whose data is bad, or None."""
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, 'r') as f:
                    f.read()
            except BadZipFile:
                return zinfo.filename

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError('pwd: expected bytes, got %s' % type(pwd).__name__)
        self.pwd = pwd

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError('comment: expected bytes, got %s' % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes' % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        with self.open(name, 'r', pwd) as fp:
            return fp.read()

    def open(self, name, mode='r', pwd=None, *, force_zip64=False):
        if mode not in {'r', 'w'}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == 'w':
            raise ValueError('pwd is only supported for reading files')
        if not self.fp:
            raise ValueError('Attempt to use ZIP archive that was already closed')
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo)
        if self._writing:
            raise ValueError("Can't open %s for reading: the archive has a member open for writing" % zinfo.filename)
        return ZipExtFile(zinfo.filename, self._member_data(zinfo), zinfo)

    def _member_data(self, zinfo):
        with self._lock:
            self.fp.seek(zinfo.header_offset)
            header = self.fp.read(_LOCAL.size)
            if len(header) != _LOCAL.size:
                raise BadZipFile('Truncated file header')
            fields = _LOCAL.unpack(header)
            if fields[0] != _LOCAL_SIG:
                raise BadZipFile('Bad magic number for file header')
            raw_name = self.fp.read(fields[10])
            if fields[11]:
                self.fp.read(fields[11])
            if zinfo.flag_bits & 0x20:
                raise NotImplementedError('compressed patched data (flag bit 5)')
            if zinfo.flag_bits & 0x40:
                raise NotImplementedError('strong encryption (flag bit 6)')
            if zinfo.flag_bits & 0x1:
                raise NotImplementedError("tpy's zipfile cannot read encrypted members")
            name = raw_name.decode('utf-8') if zinfo.flag_bits & 0x800 else \
                (raw_name.decode(self.metadata_encoding) if self.metadata_encoding else _decode_cp437(raw_name))
            if name != zinfo.orig_filename:
                raise BadZipFile('File name in directory %r and header %r differ.' % (zinfo.orig_filename, raw_name))
            data = self.fp.read(zinfo.compress_size)
        if zinfo.compress_type == ZIP_STORED:
            return data
        if zinfo.compress_type == ZIP_DEFLATED:
            try:
                d = zlib.decompressobj(-15)
                return d.decompress(data) + d.flush()
            except zlib.error as e:
                raise BadZipFile('Bad compressed data for file %r: %s' % (zinfo.filename, e))
        descr = compressor_names.get(zinfo.compress_type)
        if descr:
            raise NotImplementedError('compression type %d (%s)' % (zinfo.compress_type, descr))
        raise NotImplementedError('compression type %d' % (zinfo.compress_type,))

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError('Attempt to write ZIP archive that was already closed')
        _check_compression(zinfo.compress_type)
        if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
            raise LargeZipFile("tpy's zipfile cannot write more than %d members (no ZIP64)" % ZIP_FILECOUNT_LIMIT)

    def _open_to_write(self, zinfo):
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle open on it. "
                             "Close the first handle before opening another.")
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16  # ?rw-------
        self._writecheck(zinfo)
        self._writing = True
        return _ZipWriteFile(self, zinfo)

    def _write_member(self, zinfo, data):
        """Writes a member's header and data at the end of the members, compressing as it asks."""
        zinfo.file_size = len(data)
        zinfo.CRC = zlib.crc32(data)
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel
            c = zlib.compressobj(-1 if level is None else level, zlib.DEFLATED, -15)
            data = c.compress(data) + c.flush()
        zinfo.compress_size = len(data)
        with self._lock:
            self.fp.seek(self.start_dir)
            zinfo.header_offset = self.fp.tell()
            self._didModify = True
            self.fp.write(zinfo.FileHeader())
            self.fp.write(data)
            self.filelist.append(zinfo)
            self.NameToInfo[zinfo.filename] = zinfo
            self.start_dir = self.fp.tell()

    def extract(self, member, path=None, pwd=None):
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # Only the name's own parts, never '..', a drive or a root: nothing lands outside targetpath.
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep) if x not in invalid)
        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, 'wb') as target:
            shutil.copyfileobj(source, target)
        return targetpath

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        if not self.fp:
            raise ValueError('Attempt to write to ZIP archive that was already closed')
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self._writecheck(zinfo)
            self._write_member(zinfo, b'')
            return
        zinfo.compress_type = compress_type if compress_type is not None else self.compression
        zinfo._compresslevel = compresslevel if compresslevel is not None else self.compresslevel
        with open(filename, 'rb') as src:
            data = src.read()
        self._writecheck(zinfo)
        self._write_member(zinfo, data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if isinstance(data, str):
            data = data.encode('utf-8')
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname, date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = 0o40775 << 16  # drwxrwxr-x
                zinfo.external_attr |= 0x10           # MS-DOS directory flag
            else:
                zinfo.external_attr = 0o600 << 16     # ?rw-------
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError('Attempt to write to ZIP archive that was already closed')
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        with self.open(zinfo, mode='w') as dest:
            dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError('The given ZipInfo does not describe a directory')
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith('/'):
                name += '/'
            zinfo = ZipInfo(name, time.localtime(time.time())[:6])
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.external_attr |= 0x10
        else:
            raise TypeError('Expected type str or ZipInfo')
        self._writecheck(zinfo)
        self._write_member(zinfo, b'')

    def close(self):
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                with self._lock:
                    self.fp.seek(self.start_dir)
                    self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_end_record(self):
        start = self.fp.tell()
        for zinfo in self.filelist:
            self.fp.write(zinfo._central_record())
        size = self.fp.tell() - start
        count = len(self.filelist)
        self.fp.write(_END.pack(_END_SIG, 0, 0, count, count, size, start, len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == 'a':
            self.fp.truncate()
        self.fp.flush()


class PyZipFile(ZipFile):
    def writepy(self, pathname, basename='', filterfunc=None):
        raise NotImplementedError("tpy's zipfile cannot write compiled modules (PyZipFile.writepy)")


class Path:
    def __init__(self, root, at=''):
        raise NotImplementedError("tpy's zipfile has no zipfile.Path")
