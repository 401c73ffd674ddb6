"""wave: reading and writing uncompressed (PCM) WAV files.

wave.open(f, mode) gives a Wave_read ('r', 'rb') or a Wave_write ('w', 'wb') over a file name
or a binary file object, with CPython 3.11's methods, parameters and errors. Samples are
little-endian in the file, as in memory wherever tpy runs.
"""

import builtins
import struct
import collections

__all__ = ['open', 'Error', 'Wave_read', 'Wave_write']


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 0x0001

# RIFF length field, 'WAVE', then a 16-byte PCM 'fmt ' chunk and the 'data' chunk's id
_HEADER_TAIL = struct.Struct('<L4s4sLHHLLHH4s')
_U32 = struct.Struct('<L')

# what tell() raises on a stream without positions
_UNTELLABLE = (AttributeError, OSError)

_wave_params = collections.namedtuple(
    '_wave_params', ['nchannels', 'sampwidth', 'framerate', 'nframes', 'comptype', 'compname'])


def _closed_error():
    return ValueError("I/O operation on closed file")


class _RiffPiece:
    """A RIFF chunk read from a file: 4-byte tag, little-endian 32-bit length, body padded to even."""

    def __init__(self, stream):
        self.closed = False
        self.file = stream
        tag = stream.read(4)
        if len(tag) != 4:
            raise EOFError
        raw_len = stream.read(4)
        if len(raw_len) != 4:
            raise EOFError
        self.tag = tag
        (self.length,) = _U32.unpack(raw_len)
        self.done = 0              # body bytes consumed so far (the pad byte included)
        try:
            self.base = stream.tell()
        except _UNTELLABLE:
            self.base = None

    def getname(self):
        return self.tag

    def tell(self):
        if self.closed:
            raise _closed_error()
        return self.done

    def seek(self, offset, whence=0):
        if self.closed:
            raise _closed_error()
        if self.base is None:
            raise OSError("cannot seek")
        if whence == 1:
            offset += self.done
        elif whence == 2:
            offset += self.length
        if not 0 <= offset <= self.length:
            raise RuntimeError
        self.file.seek(self.base + offset, 0)
        self.done = offset

    def read(self, size=-1):
        if self.closed:
            raise _closed_error()
        remaining = self.length - self.done
        if remaining <= 0:
            return b''
        want = remaining if size < 0 else min(size, remaining)
        body = self.file.read(want)
        self.done += len(body)
        if self.length % 2 == 1 and self.done == self.length:
            self.done += len(self.file.read(1))     # the odd chunk's pad byte
        return body

    def skip(self):
        if self.closed:
            raise _closed_error()
        if self.base is not None:
            jump = self.length + (self.length % 2) - self.done
            try:
                self.file.seek(jump, 1)
            except OSError:
                pass
            else:
                self.done += jump
                return
        while self.length > self.done:
            if not self.read(min(self.length - self.done, 8192)):
                raise EOFError

    def close(self):
        if self.closed:
            return
        try:
            self.skip()
        finally:
            self.closed = True


def _adopt(wave, obj, mode, setup):
    """Gives `wave` its stream and runs setup(stream): a path is opened here (and owned, so
    closed should setup fail), a file object is used as it is."""
    wave._owned = None
    stream = obj
    if isinstance(obj, str):
        stream = wave._owned = builtins.open(obj, mode)
    try:
        setup(stream)
    except:
        if wave._owned is not None:
            stream.close()
        raise


class Wave_read:
    """A WAV file being read: its parameters, and its frames from the current position."""

    def __init__(self, f):
        _adopt(self, f, 'rb', self._parse)

    def _parse(self, stream):
        self._frame_no = 0
        self._file = riff = _RiffPiece(stream)
        if riff.getname() != b'RIFF':
            raise Error('file does not start with RIFF id')
        if riff.read(4) != b'WAVE':
            raise Error('not a WAVE file')
        have_fmt = False
        self._samples = None
        while self._samples is None:
            try:
                piece = _RiffPiece(riff)
            except EOFError:
                break
            tag = piece.getname()
            if tag == b'data':
                if not have_fmt:
                    raise Error('data chunk before fmt chunk')
                self._samples = piece
                self._nframes = piece.length // self._framesize
                continue
            if tag == b'fmt ':
                self._decode_format(piece)
                have_fmt = True
            piece.skip()
        if self._samples is None or not have_fmt:
            raise Error('fmt chunk and/or data chunk missing')
        self._reposition = False

    def _decode_format(self, piece):
        head = piece.read(14)
        if len(head) < 14:
            raise EOFError
        tag, self._nchannels, self._framerate = struct.unpack('<HHL', head[:8])
        if tag != WAVE_FORMAT_PCM:
            raise Error('unknown format: %r' % (tag,))
        bits_raw = piece.read(2)
        if len(bits_raw) < 2:
            raise EOFError
        self._sampwidth = (int.from_bytes(bits_raw, 'little') + 7) // 8
        if self._sampwidth == 0:
            raise Error('bad sample width')
        if self._nchannels == 0:
            raise Error('bad # of channels')
        self._framesize = self._sampwidth * self._nchannels
        self._comptype, self._compname = 'NONE', 'not compressed'

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        self.close()

    def close(self):
        self._file = None
        owned = self._owned
        self._owned = None
        if owned is not None:
            owned.close()

    def getfp(self):
        return self._file

    def rewind(self):
        self._frame_no = 0
        self._reposition = True

    def tell(self):
        return self._frame_no

    def setpos(self, pos):
        if not 0 <= pos <= self._nframes:
            raise Error('position not in range')
        self._frame_no = pos
        self._reposition = True

    def getnchannels(self):
        return self._nchannels

    def getsampwidth(self):
        return self._sampwidth

    def getframerate(self):
        return self._framerate

    def getnframes(self):
        return self._nframes

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

    def readframes(self, nframes):
        if self._reposition:
            self._samples.seek(self._frame_no * self._framesize)
            self._reposition = False
        if not nframes:
            return b''
        chunk = self._samples.read(self._framesize * nframes)
        self._frame_no += len(chunk) // self._framesize
        return chunk


class Wave_write:
    """A WAV file being written: parameters first, then frames; the header's sizes are fixed up as frames come."""

    def __init__(self, f):
        _adopt(self, f, 'wb', self._start)

    def _start(self, stream):
        self._file = stream
        self._nchannels = self._sampwidth = self._framerate = 0
        self._nframes = 0
        self._frames_out = 0          # frames written so far
        self._bytes_out = 0           # sample bytes written so far
        self._bytes_declared = 0      # the data size the header currently states
        self._header_done = False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        self.close()

    def _refuse_if_started(self):
        if self._bytes_out:
            raise Error('cannot change parameters after starting to write')

    def setnchannels(self, nchannels):
        self._refuse_if_started()
        if nchannels < 1:
            raise Error('bad # of channels')
        self._nchannels = nchannels

    def setsampwidth(self, sampwidth):
        self._refuse_if_started()
        if not 1 <= sampwidth <= 4:
            raise Error('bad sample width')
        self._sampwidth = sampwidth

    def setframerate(self, framerate):
        self._refuse_if_started()
        if framerate <= 0:
            raise Error('bad frame rate')
        rate = round(framerate)
        self._framerate = int(rate)

    def setnframes(self, nframes):
        self._refuse_if_started()
        self._nframes = nframes

    def setcomptype(self, comptype, compname):
        self._refuse_if_started()
        if comptype != 'NONE':
            raise Error('unsupported compression type')
        self._comptype = comptype
        self._compname = compname

    def setparams(self, params):
        nch, width, rate, count, ctype, cname = params
        self._refuse_if_started()
        self.setnchannels(nch)
        self.setsampwidth(width)
        self.setframerate(rate)
        self.setnframes(count)
        self.setcomptype(ctype, cname)

    def getnchannels(self):
        if self._nchannels:
            return self._nchannels
        raise Error('number of channels not set')

    def getsampwidth(self):
        if self._sampwidth:
            return self._sampwidth
        raise Error('sample width not set')

    def getframerate(self):
        if self._framerate:
            return self._framerate
        raise Error('frame rate not set')

    def getnframes(self):
        return self._frames_out

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def getparams(self):
        if 0 in (self._nchannels, self._sampwidth, self._framerate):
            raise Error('not all parameters set')
        return _wave_params(self._nchannels, self._sampwidth, self._framerate, self._nframes,
                            self._comptype, self._compname)

    def setmark(self, id, pos, name):
        raise Error('setmark() not supported')

    def getmark(self, id):
        raise Error('no marks')

    def getmarkers(self):
        return None

    def tell(self):
        return self._frames_out

    def writeframesraw(self, data):
        if not isinstance(data, (bytearray, bytes)):
            data = memoryview(data).cast('B')     # any buffer, counted in bytes
        size = len(data)
        self._header_once(size)
        self._file.write(data)
        self._bytes_out += size
        self._frames_out += size // (self._nchannels * self._sampwidth)

    def writeframes(self, data):
        self.writeframesraw(data)
        self._fix_sizes()

    def close(self):
        try:
            stream = self._file
            if stream:
                self._header_once(0)
                self._fix_sizes()
                stream.flush()
        finally:
            self._file = None
            owned = self._owned
            self._owned = None
            if owned is not None:
                owned.close()

    def _header_once(self, first_bytes):
        if self._header_done:
            return
        for value, what in ((self._nchannels, '# channels'), (self._sampwidth, 'sample width'),
                            (self._framerate, 'sampling rate')):
            if not value:
                raise Error(what + ' not specified')
        self._emit_header(first_bytes)

    def _emit_header(self, first_bytes):
        out = self._file
        out.write(b'RIFF')
        block = self._nchannels * self._sampwidth
        if not self._nframes:
            self._nframes = first_bytes // block
        self._bytes_declared = block * self._nframes
        try:
            self._riff_len_at = out.tell()
        except _UNTELLABLE:
            self._riff_len_at = None
        out.write(_HEADER_TAIL.pack(self._bytes_declared + 36, b'WAVE', b'fmt ', 16, WAVE_FORMAT_PCM,
                                    self._nchannels, self._framerate, block * self._framerate, block,
                                    8 * self._sampwidth, b'data'))
        if self._riff_len_at is not None:
            self._data_len_at = out.tell()
        out.write(_U32.pack(self._bytes_declared))
        self._header_done = True

    def _fix_sizes(self):
        # rewrite the two length fields once the data written differs from what the header says
        if self._bytes_out == self._bytes_declared:
            return
        out = self._file
        resume = out.tell()
        out.seek(self._riff_len_at, 0)
        out.write(_U32.pack(36 + self._bytes_out))
        out.seek(self._data_len_at, 0)
        out.write(_U32.pack(self._bytes_out))
        out.seek(resume, 0)
        self._bytes_declared = self._bytes_out


def open(f, mode=None):
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('w', 'wb'):
        return Wave_write(f)
    if mode in ('r', 'rb'):
        return Wave_read(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
