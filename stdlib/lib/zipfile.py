"""zipfile: reading, writing and appending ZIP archives (stored and deflated members).

Written from PKWARE's APPNOTE layout: a local header and the data for each member, then a
central directory (one record per member) and the end-of-central-directory record. Deflated
data is raw deflate from zlib (wbits -15). No ZIP64, encryption, bzip2 or lzma.
"""

import io
import os
import posixpath
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


def _clamped_time(date_time, strict):
    # Without strict timestamps a file time outside what DOS dates hold is pinned to the nearest end.
    if strict:
        return date_time
    if date_time[0] < 1980:
        return (1980, 1, 1, 0, 0, 0)
    if date_time[0] > 2107:
        return (2107, 12, 31, 23, 59, 59)
    return date_time


def _member_name_for(path):
    """An archive name for a file system path: no drive, no leading separators, normalised."""
    name = os.path.normpath(os.path.splitdrive(path)[1])
    separators = (os.sep, os.altsep)
    while name[0] in separators:
        name = name[1:]
    return name


class ZipInfo:
    """One member of an archive: its name, time, sizes, CRC and attributes."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename='NoName', date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # A NUL ends the name (some archivers pad with it); the archive always uses '/'.
        filename = filename.partition('\0')[0]
        if os.sep != '/':
            filename = filename.replace(os.sep, '/')
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = self.extra = b''
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = self.extract_version = DEFAULT_VERSION
        self.reserved = self.flag_bits = self.volume = 0
        self.internal_attr = self.external_attr = 0
        self.header_offset = self.CRC = 0
        self.compress_size = self.file_size = 0

    def __repr__(self):
        text = '<%s filename=%r' % (type(self).__name__, self.filename)
        kind = self.compress_type
        if kind != ZIP_STORED:
            text += ' compress_type=%s' % compressor_names.get(kind, kind)
        mode, dos_bits = divmod(self.external_attr, 1 << 16)
        if mode:
            text += ' filemode=%r' % stat.filemode(mode)
        if dos_bits:
            text += ' external_attr=%#x' % dos_bits
        # A directory shows its sizes only when they are not zero.
        directory = self.is_dir()
        if self.file_size or not directory:
            text += ' file_size=%r' % self.file_size
        squeezed = kind != ZIP_STORED or self.compress_size != self.file_size
        if squeezed and (self.compress_size or not directory):
            text += ' compress_size=%r' % self.compress_size
        return text + '>'

    def is_dir(self):
        return self.filename[-1:] == '/'

    def _encoded_name(self):
        """The name's bytes and the flag bits: bit 11 says the name is UTF-8 (not ASCII)."""
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | 0x800

    def _dos_time(self):
        year, month, day, hour, minute, second = self.date_time[:6]
        return hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day

    def _needed_version(self):
        return DEFAULT_VERSION if self.compress_type == ZIP_DEFLATED else 0

    def FileHeader(self, zip64=None):
        """The local file header that precedes this member's data."""
        if max(self.file_size, self.compress_size) > ZIP64_LIMIT:
            raise LargeZipFile("tpy's zipfile cannot write members larger than 2 GiB (no ZIP64)")
        name, flags = self._encoded_name()
        dostime, dosdate = self._dos_time()
        return _LOCAL.pack(_LOCAL_SIG, max(self.extract_version, self._needed_version()), self.reserved,
                           flags, self.compress_type, dostime, dosdate, self.CRC, self.compress_size,
                           self.file_size, len(name), len(self.extra)) + name + self.extra

    def _central_record(self):
        name, flags = self._encoded_name()
        dostime, dosdate = self._dos_time()
        least = self._needed_version()
        return _CENTRAL.pack(_CENTRAL_SIG, max(self.create_version, least), self.create_system,
                             max(self.extract_version, least), self.reserved, flags,
                             self.compress_type, dostime, dosdate, self.CRC, self.compress_size,
                             self.file_size, len(name), len(self.extra), len(self.comment), 0,
                             self.internal_attr, self.external_attr,
                             self.header_offset) + name + self.extra + self.comment

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for a file or directory on disk, named arcname (default: its path) in the archive."""
        if hasattr(type(filename), '__fspath__'):
            filename = os.fspath(filename)
        facts = os.stat(filename)
        directory = stat.S_ISDIR(facts.st_mode)
        name = _member_name_for(filename if arcname is None else arcname)
        info = cls(name + '/' if directory else name,
                   _clamped_time(time.localtime(facts.st_mtime)[:6], strict_timestamps))
        # Unix mode in the high half; 0x10 is the MS-DOS directory bit.
        info.external_attr = (facts.st_mode & 0xFFFF) << 16 | (0x10 if directory else 0)
        info.file_size = 0 if directory else facts.st_size
        return info


def _reprs_module_and_name(obj):
    return '%s.%s' % (type(obj).__module__, type(obj).__qualname__)


class ZipExtFile(io.BufferedIOBase):
    """A member opened for reading: its data, decompressed when opened, CRC checked at its end."""

    def __init__(self, name, data, zinfo):
        super().__init__()
        self.name = name
        self.mode = 'r'
        self._data = data
        self._pos = 0
        self._zinfo = zinfo
        self._crc_checked = False

    def _at_end_check_crc(self):
        if self._crc_checked or self._pos < len(self._data):
            return
        self._crc_checked = True
        if zlib.crc32(self._data) != self._zinfo.CRC:
            raise BadZipFile('Bad CRC-32 for file %r' % self.name)

    def readable(self):
        return True

    def seekable(self):
        return True

    def read(self, n=-1):
        if self.closed:
            raise ValueError('read from closed file.')
        start = self._pos
        stop = len(self._data) if n is None or n < 0 else min(start + n, len(self._data))
        self._pos = stop
        self._at_end_check_crc()
        return self._data[start:stop]

    read1 = read

    def peek(self, n=1):
        return self._data[self._pos:self._pos + max(n, 512)]

    def readline(self, limit=-1):
        if self.closed:
            raise ValueError('readline of closed file')
        start = self._pos
        newline = self._data.find(b'\n', start)
        stop = len(self._data) if newline < 0 else newline + 1
        if limit is not None and 0 <= limit < stop - start:
            stop = start + limit
        self._pos = stop
        self._at_end_check_crc()
        return self._data[start:stop]

    def seek(self, offset, whence=0):
        bases = (0, self._pos, len(self._data))
        if whence not in (0, 1, 2):
            raise ValueError('whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)')
        self._pos = min(max(bases[whence] + offset, 0), len(self._data))
        return self._pos

    def tell(self):
        return self._pos

    def __repr__(self):
        if self.closed:
            return '<%s [closed]>' % _reprs_module_and_name(self)
        text = '<%s name=%r mode=%r' % (_reprs_module_and_name(self), self.name, self.mode)
        kind = self._zinfo.compress_type
        if kind != ZIP_STORED:
            text += ' compress_type=%s' % compressor_names.get(kind, kind)
        return text + '>'


class _ZipWriteFile(io.BufferedIOBase):
    """A member opened for writing: the data is kept, and written as the member on close()."""

    def __init__(self, archive, zinfo):
        super().__init__()
        self._archive = archive
        self._zinfo = zinfo
        self._pieces = []

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        piece = bytes(data)
        self._pieces.append(piece)
        return len(piece)

    def close(self):
        if self.closed:
            return
        try:
            self._archive._append_member(self._zinfo, b''.join(self._pieces))
        finally:
            self._archive._writing = False
            super().close()


# ZipFile's open() mode for a path, by archive mode; a missing file in 'a' mode starts a new archive.
_FILE_MODES = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
_WRITE_MODES = ('w', 'x', 'a')


def _warn(message, stacklevel):
    import warnings
    warnings.warn(message, stacklevel=stacklevel + 1)


class ZipFile:
    """A ZIP archive, read ('r'), written ('w', 'x') or appended to ('a')."""

    fp = None

    def __init__(self, file, mode='r', compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in _FILE_MODES:
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError('metadata_encoding is only supported for reading files')
        self.mode = mode
        self.compression, self.compresslevel = compression, compresslevel
        self.metadata_encoding = metadata_encoding
        self.filelist = []
        self.NameToInfo = {}
        self.debug = 0
        self.pwd = None
        self._comment = b''
        self._allowZip64 = allowZip64
        self._strict_timestamps = strict_timestamps
        self._didModify = False      # the end records must be (re)written on close
        self._writing = False        # a member is open for writing
        self._lock = threading.RLock()
        if hasattr(type(file), '__fspath__'):
            file = os.fspath(file)
        self._filePassed = not isinstance(file, str)
        if self._filePassed:
            self.fp, self.filename = file, getattr(file, 'name', None)
        else:
            self.filename = file
            self.fp = self._open_path(file, mode)
        try:
            self._prepare()
        except BaseException:
            self._release()
            raise

    @staticmethod
    def _open_path(path, mode):
        try:
            return io.open(path, _FILE_MODES[mode])
        except FileNotFoundError:
            if mode != 'a':
                raise
        return io.open(path, 'w+b')

    def _prepare(self):
        """Read the directory ('r', 'a'), or find where new members go ('w', 'x', a non-archive in 'a')."""
        if self.mode != 'w' and self.mode != 'x':
            try:
                self._read_directory()
            except BadZipFile:
                if self.mode == 'r':
                    raise
                # Not an archive (yet): the archive is appended after what the file holds.
                self.fp.seek(0, 2)
            else:
                if self.mode == 'r':
                    return
                self.fp.seek(self.start_dir)
                return
        self._didModify = True
        try:
            self.start_dir = self.fp.tell()
        except (AttributeError, OSError):
            self.start_dir = 0

    def _release(self):
        fp, self.fp = self.fp, None
        if not self._filePassed:
            fp.close()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        head = '<' + _reprs_module_and_name(self)
        if self.fp is None:
            return head + ' [closed]>'
        if self._filePassed:
            head += ' file=%r' % (self.fp,)
        elif self.filename is not None:
            head += ' filename=%r' % (self.filename,)
        return head + ' mode=%r>' % (self.mode,)

    def _decode_name(self, raw, flags):
        if flags & 0x800:
            return raw.decode('utf-8')
        if self.metadata_encoding:
            return raw.decode(self.metadata_encoding)
        return raw.decode('cp437')

    def _read_directory(self):
        found = _end_record(self.fp)
        if found is None:
            raise BadZipFile('File is not a zip file')
        fields, end_at, self._comment = found
        size_cd, offset_cd = fields[5], fields[6]
        # Bytes before the archive (a self-extracting stub) shift every offset.
        shift = end_at - size_cd - offset_cd
        self.start_dir = offset_cd + shift
        if self.start_dir < 0:
            raise BadZipFile('Bad offset for central directory')
        self.fp.seek(self.start_dir)
        directory = self.fp.read(size_cd)
        at = 0
        while at < len(directory):
            at = self._read_central_entry(directory, at, shift)

    def _read_central_entry(self, directory, at, shift):
        """Adds the member whose central record starts at `at`; returns where the next one starts."""
        if len(directory) - at < _CENTRAL.size:
            raise BadZipFile('Truncated central directory')
        rec = _CENTRAL.unpack_from(directory, at)
        if rec[0] != _CENTRAL_SIG:
            raise BadZipFile('Bad magic number for central directory')
        name_at = at + _CENTRAL.size
        extra_at = name_at + rec[12]
        comment_at = extra_at + rec[13]
        after = comment_at + rec[14]
        info = ZipInfo(self._decode_name(directory[name_at:extra_at], rec[5]))
        info.extra = directory[extra_at:comment_at]
        info.comment = directory[comment_at:after]
        (info.create_version, info.create_system, info.extract_version, info.reserved, info.flag_bits,
         info.compress_type, dostime, dosdate, info.CRC, info.compress_size, info.file_size) = rec[1:12]
        info.volume, info.internal_attr, info.external_attr = rec[15:18]
        info.header_offset = rec[18] + shift
        if info.extract_version > 63:
            raise NotImplementedError('zip file version %.1f' % (info.extract_version / 10))
        info._raw_time = dostime
        info.date_time = ((dosdate >> 9) + 1980, (dosdate >> 5) & 0xF, dosdate & 0x1F,
                          dostime >> 11, (dostime >> 5) & 0x3F, (dostime & 0x1F) * 2)
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info
        return after

    def namelist(self):
        return [info.filename for info in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print('%-46s %19s %12s' % ('File Name', 'Modified    ', 'Size'), file=file)
        for info in self.filelist:
            stamp = '%d-%02d-%02d %02d:%02d:%02d' % info.date_time[:6]
            print('%-46s %s %12d' % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        """The name of the first member whose data is bad, or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename) as member:
                    member.read()
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        try:
            return self.NameToInfo[name]
        except KeyError:
            raise KeyError('There is no item named %r in the archive' % name) from None

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
            _warn('Archive comment is too long; truncating to %d bytes' % ZIP_MAX_COMMENT, 2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        with self.open(name, 'r', pwd) as member:
            return member.read()

    def _new_info(self, name, date_time=(1980, 1, 1, 0, 0, 0)):
        """A ZipInfo for a new member, with this archive's compression settings."""
        info = ZipInfo(name, date_time)
        info.compress_type = self.compression
        info._compresslevel = self.compresslevel
        return info

    def open(self, name, mode='r', pwd=None, *, force_zip64=False):
        if mode != 'r' and mode != 'w':
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == 'w':
            raise ValueError('pwd is only supported for reading files')
        if not self.fp:
            raise ValueError('Attempt to use ZIP archive that was already closed')
        if mode == 'w':
            return self._open_to_write(name if isinstance(name, ZipInfo) else self._new_info(name))
        info = name if isinstance(name, ZipInfo) else self.getinfo(name)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        return ZipExtFile(info.filename, self._member_data(info), info)

    def _member_data(self, info):
        with self._lock:
            raw_name = self._enter_local_header(info)
            if info.flag_bits & 0x20:
                raise NotImplementedError('compressed patched data (flag bit 5)')
            if info.flag_bits & 0x40:
                raise NotImplementedError('strong encryption (flag bit 6)')
            if info.flag_bits & 0x1:
                raise NotImplementedError("tpy's zipfile cannot read encrypted members")
            if self._decode_name(raw_name, info.flag_bits) != info.orig_filename:
                raise BadZipFile('File name in directory %r and header %r differ.'
                                 % (info.orig_filename, raw_name))
            stored = self.fp.read(info.compress_size)
        return _expand(info, stored)

    def _enter_local_header(self, info):
        """Reads the member's local header, leaving fp at its data; returns the name it holds."""
        self.fp.seek(info.header_offset)
        header = self.fp.read(_LOCAL.size)
        if len(header) != _LOCAL.size:
            raise BadZipFile('Truncated file header')
        fields = _LOCAL.unpack(header)
        if fields[0] != _LOCAL_SIG:
            raise BadZipFile('Bad magic number for file header')
        raw_name = self.fp.read(fields[10])
        if fields[11]:
            self.fp.read(fields[11])
        return raw_name

    def _check_writable(self, info):
        if info.filename in self.NameToInfo:
            _warn('Duplicate name: %r' % info.filename, 3)
        if self.mode not in _WRITE_MODES:
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError('Attempt to write ZIP archive that was already closed')
        _check_compression(info.compress_type)
        if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
            raise LargeZipFile("tpy's zipfile cannot write more than %d members (no ZIP64)" % ZIP_FILECOUNT_LIMIT)

    def _open_to_write(self, info):
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle open on it. "
                             "Close the first handle before opening another.")
        if not info.external_attr:
            info.external_attr = 0o600 << 16     # a regular file, rw for its owner only
        self._check_writable(info)
        self._writing = True
        return _ZipWriteFile(self, info)

    def _append_member(self, info, data):
        """Writes a member's header and data after the last member, compressing as it asks."""
        info.file_size = len(data)
        info.CRC = zlib.crc32(data)
        if info.compress_type == ZIP_DEFLATED:
            level = -1 if info._compresslevel is None else info._compresslevel
            packer = zlib.compressobj(level, zlib.DEFLATED, -15)
            data = packer.compress(data) + packer.flush()
        info.compress_size = len(data)
        with self._lock:
            self.fp.seek(self.start_dir)
            info.header_offset = self.start_dir
            self.fp.write(info.FileHeader())
            self.fp.write(data)
            self.start_dir = self.fp.tell()
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
            self._didModify = True

    def _refuse_writes_now(self, dot):
        if not self.fp:
            raise ValueError('Attempt to write to ZIP archive that was already closed')
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists" + dot)

    def extract(self, member, path=None, pwd=None):
        return self._extract_member(member, os.getcwd() if path is None else os.fspath(path), pwd)

    def extractall(self, path=None, members=None, pwd=None):
        root = os.getcwd() if path is None else os.fspath(path)
        for member in self.namelist() if members is None else members:
            self._extract_member(member, root, pwd)

    def _extract_member(self, member, root, pwd):
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        target = _extraction_path(info.filename, root)
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if info.is_dir():
            if not os.path.isdir(target):
                os.mkdir(target)
            return target
        with self.open(info, pwd=pwd) as source, open(target, 'wb') as sink:
            shutil.copyfileobj(source, sink)
        return target

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        self._refuse_writes_now('')
        info = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            self._check_writable(info)
            self._append_member(info, b'')
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, 'rb') as source:
            data = source.read()
        self._check_writable(info)
        self._append_member(info, data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if isinstance(data, str):
            data = data.encode('utf-8')
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = self._new_info(zinfo_or_arcname, time.localtime(time.time())[:6])
            # drwxrwxr-x plus the MS-DOS directory bit for a directory, rw------- for a file.
            info.external_attr = (0o40775 << 16 | 0x10) if info.filename[-1] == '/' else 0o600 << 16
        self._refuse_writes_now('.')
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        with self.open(info, mode='w') as sink:
            sink.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError('The given ZipInfo does not describe a directory')
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if name[-1:] != '/':
                name += '/'
            info = ZipInfo(name, time.localtime(time.time())[:6])
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
        else:
            raise TypeError('Expected type str or ZipInfo')
        self._check_writable(info)
        self._append_member(info, b'')

    def close(self):
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self._didModify and self.mode in _WRITE_MODES:
                with self._lock:
                    self.fp.seek(self.start_dir)
                    self._write_end_records()
        finally:
            self._release()

    def _write_end_records(self):
        """The central directory (a record per member) and the end record, at fp's position."""
        directory_at = self.fp.tell()
        for info in self.filelist:
            self.fp.write(info._central_record())
        directory_size = self.fp.tell() - directory_at
        count = len(self.filelist)
        self.fp.write(_END.pack(_END_SIG, 0, 0, count, count, directory_size, directory_at,
                                len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == 'a':
            # Appending may have left the old, longer directory behind.
            self.fp.truncate()
        self.fp.flush()


def _expand(info, stored):
    """A member's data from its stored bytes, by its compression method."""
    kind = info.compress_type
    if kind == ZIP_STORED:
        return stored
    if kind == ZIP_DEFLATED:
        try:
            unpacker = zlib.decompressobj(-15)
            return unpacker.decompress(stored) + unpacker.flush()
        except zlib.error as e:
            raise BadZipFile('Bad compressed data for file %r: %s' % (info.filename, e))
    described = compressor_names.get(kind)
    if described:
        raise NotImplementedError('compression type %d (%s)' % (kind, described))
    raise NotImplementedError('compression type %d' % (kind,))


def _extraction_path(member_name, root):
    """Where a member goes under root: only the name's own parts, never '..', a drive or a
    leading separator, so that nothing lands outside root."""
    parts = member_name.replace('/', os.path.sep)
    if os.path.altsep:
        parts = parts.replace(os.path.altsep, os.path.sep)
    parts = os.path.splitdrive(parts)[1].split(os.path.sep)
    skipped = ('', os.path.curdir, os.path.pardir)
    kept = os.path.sep.join(part for part in parts if part not in skipped)
    return os.path.normpath(os.path.join(root, kept))


class PyZipFile(ZipFile):
    def writepy(self, pathname, basename='', filterfunc=None):
        raise NotImplementedError("tpy's zipfile cannot write compiled modules (PyZipFile.writepy)")


def _implied_dirs(names):
    """The directories the names imply ('a/b/c' implies 'a/' and 'a/b/') that are not themselves
    members, in the order they first appear."""
    present = set(names)
    implied = {}
    for name in names:
        parts = name.rstrip('/').split('/')[:-1]
        for i in range(len(parts), 0, -1):
            d = '/'.join(parts[:i]) + '/'
            if d not in present:
                implied.setdefault(d, None)
    return list(implied)


class Path:
    """A pathlib-like view of a zip archive's members: Path(zipfile_or_file, at='')."""

    def __init__(self, root, at=""):
        # CPython changes a given ZipFile's class to a subclass that also lists the implied
        # directories; tpy keeps the ZipFile and works them out from its namelist().
        self.root = root if isinstance(root, ZipFile) else ZipFile(root)
        self.at = at

    def _names(self):
        names = self.root.namelist()
        return names + _implied_dirs(names)

    def _resolve_dir(self, name):
        """name, or name + '/' when that is a directory of the archive and name is not a member."""
        names = set(self._names())
        dirname = name + '/'
        return dirname if name not in names and dirname in names else name

    def _next(self, at):
        return self.__class__(self.root, at)

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """The member's content: text through io.TextIOWrapper, or bytes with 'b' in mode."""
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if zip_mode == 'r' and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        return _text_stream(stream, *args, **kwargs)

    def _base(self):
        import pathlib
        return pathlib.PurePosixPath(self.at or self.root.filename)

    @property
    def name(self):
        return self._base().name

    @property
    def suffix(self):
        return self._base().suffix

    @property
    def suffixes(self):
        return self._base().suffixes

    @property
    def stem(self):
        return self._base().stem

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()

    def _is_child(self, path):
        return posixpath.dirname(path.at.rstrip("/")) == self.at.rstrip("/")

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in set(self._names())

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        return filter(self._is_child, map(self._next, self._names()))

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return "%s(%r, %r)" % (self.__class__.__name__, self.root.filename, self.at)

    def joinpath(self, *other):
        return self._next(self._resolve_dir(posixpath.join(self.at, *other)))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        parent_at = posixpath.dirname(self.at.rstrip('/'))
        if parent_at:
            parent_at += '/'
        return self._next(parent_at)


def _text_stream(stream, encoding=None, *args, **kwargs):
    return io.TextIOWrapper(stream, io.text_encoding(encoding), *args, **kwargs)


def main(args=None):
    """python -m zipfile -l|-e|-c|-t ...: list, extract, create or test a zip archive."""
    import argparse
    parser = argparse.ArgumentParser(description='A simple command-line interface for zipfile module.')
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument('-l', '--list', metavar='<zipfile>', help='Show listing of a zipfile')
    group.add_argument('-e', '--extract', nargs=2, metavar=('<zipfile>', '<output_dir>'),
                       help='Extract zipfile into target dir')
    group.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'), help='Create zipfile from sources')
    group.add_argument('-t', '--test', metavar='<zipfile>', help='Test if a zipfile is valid')
    parser.add_argument('--metadata-encoding', metavar='<encoding>',
                        help='Specify encoding of member names for -l, -e and -t')
    options = parser.parse_args(args)
    encoding = options.metadata_encoding
    if options.test is not None:
        with ZipFile(options.test, 'r', metadata_encoding=encoding) as zf:
            bad = zf.testzip()
        if bad:
            print('The following enclosed file is corrupted: {!r}'.format(bad))
        print('Done testing')
    elif options.list is not None:
        with ZipFile(options.list, 'r', metadata_encoding=encoding) as zf:
            zf.printdir()
    elif options.extract is not None:
        archive, folder = options.extract
        with ZipFile(archive, 'r', metadata_encoding=encoding) as zf:
            zf.extractall(folder)
    else:
        if encoding:
            print('Non-conforming encodings not supported with -c.', file=sys.stderr)
            sys.exit(1)
        archive, *sources = options.create

        def add(zf, path, name):
            # Files compressed; folders as entries of their own (but the top one), then their contents sorted.
            if os.path.isfile(path):
                zf.write(path, name, ZIP_DEFLATED)
            elif os.path.isdir(path):
                if name:
                    zf.write(path, name)
                for entry in sorted(os.listdir(path)):
                    add(zf, os.path.join(path, entry), os.path.join(name, entry))

        with ZipFile(archive, 'w') as zf:
            for path in sources:
                name = os.path.basename(path) or os.path.basename(os.path.dirname(path))
                add(zf, path, '' if name in ('', os.curdir, os.pardir) else name)


if __name__ == '__main__':
    main()
