"""wave: reading and writing uncompressed (PCM) WAV files.

wave.open(f, mode) gives a Wave_read ('r', 'rb') or a Wave_write ('w', 'wb') over a file name
or a binary file object, with CPython 3.11's methods, parameters and errors. Samples are
little-endian in the file, as in memory wherever tpy runs.
"""

import builtins
import struct
from collections import namedtuple

__all__ = ["open", "Error", "Wave_read", "Wave_write"]


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 0x0001

_wave_params = namedtuple('_wave_params', 'nchannels sampwidth framerate nframes comptype compname')


class _Chunk:
    """One RIFF chunk: a 4-byte id, a little-endian 32-bit size, the data (padded to an even size)."""

    def __init__(self, file):
        self.closed = False
        self.file = file
        self.chunkname = file.read(4)
        if len(self.chunkname) < 4:
            raise EOFError
        size = file.read(4)
        if len(size) < 4:
            raise EOFError
        self.chunksize = struct.unpack('<L', size)[0]
        self.size_read = 0
        try:
            self.offset = file.tell()
            self.seekable = True
        except (AttributeError, OSError):
            self.seekable = False

    def getname(self):
        return self.chunkname

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def close(self):
        if not self.closed:
            try:
                self.skip()
            finally:
                self.closed = True

    def seek(self, pos, whence=0):
        self._check_open()
        if not self.seekable:
            raise OSError("cannot seek")
        pos += {0: 0, 1: self.size_read, 2: self.chunksize}.get(whence, 0)
        if pos < 0 or pos > self.chunksize:
            raise RuntimeError
        self.file.seek(self.offset + pos, 0)
        self.size_read = pos

    def tell(self):
        self._check_open()
        return self.size_read

    def read(self, size=-1):
        self._check_open()
        left = self.chunksize - self.size_read
        if left <= 0:
            return b''
        if size < 0 or size > left:
            size = left
        data = self.file.read(size)
        self.size_read += len(data)
        if self.size_read == self.chunksize and self.chunksize & 1:
            # the pad byte after a chunk of odd size
            self.size_read += len(self.file.read(1))
        return data

    def skip(self):
        self._check_open()
        if self.seekable:
            try:
                n = self.chunksize - self.size_read + (self.chunksize & 1)
                self.file.seek(n, 1)
                self.size_read += n
                return
            except OSError:
                pass
        while self.size_read < self.chunksize:
            if not self.read(min(8192, self.chunksize - self.size_read)):
                raise EOFError


class Wave_read:
    """A WAV file being read: its parameters, and its frames from the current position."""

    def initfp(self, file):
        self._convert = None
        self._soundpos = 0
        self._file = _Chunk(file)
        if self._file.getname() != b'RIFF':
            raise Error('file does not start with RIFF id')
        if self._file.read(4) != b'WAVE':
            raise Error('not a WAVE file')
        self._fmt_chunk_read = False
        self._data_chunk = None
        while True:
            self._data_seek_needed = 1
            try:
                chunk = _Chunk(self._file)
            except EOFError:
                break
            name = chunk.getname()
            if name == b'fmt ':
                self._read_fmt_chunk(chunk)
                self._fmt_chunk_read = True
            elif name == b'data':
                if not self._fmt_chunk_read:
                    raise Error('data chunk before fmt chunk')
                self._data_chunk = chunk
                self._nframes = chunk.chunksize // self._framesize
                self._data_seek_needed = 0
                break
            chunk.skip()
        if not self._fmt_chunk_read or not self._data_chunk:
            raise Error('fmt chunk and/or data chunk missing')

    def __init__(self, f):
        self._i_opened_the_file = None
        if isinstance(f, str):
            f = self._i_opened_the_file = builtins.open(f, 'rb')
        try:
            self.initfp(f)
        except:
            if self._i_opened_the_file:
                f.close()
            raise

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def getfp(self):
        return self._file

    def rewind(self):
        self._data_seek_needed = 1
        self._soundpos = 0

    def close(self):
        self._file = None
        opened, self._i_opened_the_file = self._i_opened_the_file, None
        if opened:
            opened.close()

    def tell(self):
        return self._soundpos

    def getnchannels(self):
        return self._nchannels

    def getnframes(self):
        return self._nframes

    def getsampwidth(self):
        return self._sampwidth

    def getframerate(self):
        return self._framerate

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def getparams(self):
        return _wave_params(self.getnchannels(), self.getsampwidth(), self.getframerate(),
                            self.getnframes(), self.getcomptype(), self.getcompname())

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error('no marks')

    def setpos(self, pos):
        if pos < 0 or pos > self._nframes:
            raise Error('position not in range')
        self._soundpos = pos
        self._data_seek_needed = 1

    def readframes(self, nframes):
        if self._data_seek_needed:
            self._data_chunk.seek(0, 0)
            at = self._soundpos * self._framesize
            if at:
                self._data_chunk.seek(at, 0)
            self._data_seek_needed = 0
        if nframes == 0:
            return b''
        data = self._data_chunk.read(nframes * self._framesize)
        if self._convert and data:
            data = self._convert(data)
        self._soundpos += len(data) // (self._nchannels * self._sampwidth)
        return data

    def _read_fmt_chunk(self, chunk):
        try:
            tag, self._nchannels, self._framerate, _, _ = struct.unpack_from('<HHLLH', chunk.read(14))
        except struct.error:
            raise EOFError from None
        if tag != WAVE_FORMAT_PCM:
            raise Error('unknown format: %r' % (tag,))
        try:
            bits = struct.unpack_from('<H', chunk.read(2))[0]
        except struct.error:
            raise EOFError from None
        self._sampwidth = (bits + 7) // 8
        if not self._sampwidth:
            raise Error('bad sample width')
        if not self._nchannels:
            raise Error('bad # of channels')
        self._framesize = self._nchannels * self._sampwidth
        self._comptype = 'NONE'
        self._compname = 'not compressed'


class Wave_write:
    """A WAV file being written: parameters first, then frames; the header's sizes are fixed up as frames come."""

    def __init__(self, f):
        self._i_opened_the_file = None
        if isinstance(f, str):
            f = self._i_opened_the_file = builtins.open(f, 'wb')
        try:
            self.initfp(f)
        except:
            if self._i_opened_the_file:
                f.close()
            raise

    def initfp(self, file):
        self._file = file
        self._convert = None
        self._nchannels = 0
        self._sampwidth = 0
        self._framerate = 0
        self._nframes = 0
        self._nframeswritten = 0
        self._datawritten = 0
        self._datalength = 0
        self._headerwritten = False

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _unchanged(self):
        if self._datawritten:
            raise Error('cannot change parameters after starting to write')

    def setnchannels(self, nchannels):
        self._unchanged()
        if nchannels < 1:
            raise Error('bad # of channels')
        self._nchannels = nchannels

    def getnchannels(self):
        if not self._nchannels:
            raise Error('number of channels not set')
        return self._nchannels

    def setsampwidth(self, sampwidth):
        self._unchanged()
        if not 1 <= sampwidth <= 4:
            raise Error('bad sample width')
        self._sampwidth = sampwidth

    def getsampwidth(self):
        if not self._sampwidth:
            raise Error('sample width not set')
        return self._sampwidth

    def setframerate(self, framerate):
        self._unchanged()
        if framerate <= 0:
            raise Error('bad frame rate')
        self._framerate = int(round(framerate))

    def getframerate(self):
        if not self._framerate:
            raise Error('frame rate not set')
        return self._framerate

    def setnframes(self, nframes):
        self._unchanged()
        self._nframes = nframes

    def getnframes(self):
        return self._nframeswritten

    def setcomptype(self, comptype, compname):
        self._unchanged()
        if comptype != 'NONE':
            raise Error('unsupported compression type')
        self._comptype = comptype
        self._compname = compname

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def setparams(self, params):
        nchannels, sampwidth, framerate, nframes, comptype, compname = params
        self._unchanged()
        self.setnchannels(nchannels)
        self.setsampwidth(sampwidth)
        self.setframerate(framerate)
        self.setnframes(nframes)
        self.setcomptype(comptype, compname)

    def getparams(self):
        if not self._nchannels or not self._sampwidth or not self._framerate:
            raise Error('not all parameters set')
        return _wave_params(self._nchannels, self._sampwidth, self._framerate,
                            self._nframes, self._comptype, self._compname)

    def setmark(self, id, pos, name):
        raise Error('setmark() not supported')

    def getmark(self, id):
        raise Error('no marks')

    def getmarkers(self):
        return None

    def tell(self):
        return self._nframeswritten

    def writeframesraw(self, data):
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).cast('B')
        self._ensure_header_written(len(data))
        nframes = len(data) // (self._sampwidth * self._nchannels)
        if self._convert:
            data = self._convert(data)
        self._file.write(data)
        self._datawritten += len(data)
        self._nframeswritten += nframes

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._datalength != self._datawritten:
            self._patchheader()

    def close(self):
        try:
            if self._file:
                self._ensure_header_written(0)
                if self._datalength != self._datawritten:
                    self._patchheader()
                self._file.flush()
        finally:
            self._file = None
            opened, self._i_opened_the_file = self._i_opened_the_file, None
            if opened:
                opened.close()

    def _ensure_header_written(self, datasize):
        if self._headerwritten:
            return
        if not self._nchannels:
            raise Error('# channels not specified')
        if not self._sampwidth:
            raise Error('sample width not specified')
        if not self._framerate:
            raise Error('sampling rate not specified')
        self._write_header(datasize)

    def _write_header(self, initlength):
        assert not self._headerwritten
        f = self._file
        f.write(b'RIFF')
        if not self._nframes:
            self._nframes = initlength // (self._nchannels * self._sampwidth)
        framesize = self._nchannels * self._sampwidth
        self._datalength = self._nframes * framesize
        try:
            self._form_length_pos = f.tell()
        except (AttributeError, OSError):
            self._form_length_pos = None
        # RIFF size, 'WAVE', a 16-byte PCM fmt chunk, then the data chunk's header
        f.write(struct.pack('<L4s4sLHHLLHH4s', 36 + self._datalength, b'WAVE', b'fmt ', 16, WAVE_FORMAT_PCM,
                            self._nchannels, self._framerate, self._framerate * framesize, framesize,
                            self._sampwidth * 8, b'data'))
        if self._form_length_pos is not None:
            self._data_length_pos = f.tell()
        f.write(struct.pack('<L', self._datalength))
        self._headerwritten = True

    def _patchheader(self):
        assert self._headerwritten
        if self._datawritten == self._datalength:
            return
        f = self._file
        here = f.tell()
        f.seek(self._form_length_pos, 0)
        f.write(struct.pack('<L', 36 + self._datawritten))
        f.seek(self._data_length_pos, 0)
        f.write(struct.pack('<L', self._datawritten))
        f.seek(here, 0)
        self._datalength = self._datawritten


def open(f, mode=None):
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Wave_read(f)
    if mode in ('w', 'wb'):
        return Wave_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
