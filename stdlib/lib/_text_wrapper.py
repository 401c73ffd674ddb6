"""io.TextIOWrapper(buffer, ...) over a binary stream open() did not make for it: a BytesIO,
sys.stdout.buffer, a file opened 'rb' or 'wb', a zipfile member, a socket's makefile('rb').

open()'s text files are tpy's native TextIOWrapper (stdlib/io_file.ts); calling the type
makes an instance of the class here, a subclass of it named as it, which keeps its decoded
text and pending writes in Python over the buffer's read/read1/write/flush/seek/tell, as
CPython's TextIOWrapper does: text is encoded and handed on in 8192-byte chunks (sooner with
line_buffering or write_through), read 8192 bytes at a time through an incremental decoder,
with universal newlines by default.

DIVERGENCE: type(w) is this subclass, so `type(w) is io.TextIOWrapper` is False (isinstance
holds); a position from tell() is the byte offset of the next character (CPython's opaque
cookie equals it whenever the decoder holds nothing back, as with UTF-8 text).
"""

import _io
import atexit
import codecs
import _codecs_incremental
from _c_type_names import as_c_module

_CHUNK = 8192
# The wrappers holding encoded text back. CPython writes it out when a wrapper is freed (at the
# latest at the program's end); tpy does at the program's end (atexit).
_holding = set()
_NEWLINES = (None, '', '\n', '\r', '\r\n')


def _unsupported(message):
    return _io.UnsupportedOperation(message)


def _check_str_or_none(name, value):
    if value is not None and not isinstance(value, str):
        raise TypeError("TextIOWrapper() argument '%s' must be str or None, not %s" % (name, type(value).__name__))


def _incremental(encoding, kind):
    """The class of the incremental decoder or encoder (kind) of an encoding. CPython's wrapper
    takes a registered codec's from its CodecInfo and calls it: a missing one fails there
    ('NoneType' object is not callable), not with getincrementaldecoder's LookupError."""
    info = codecs.lookup(encoding)
    if _codecs_incremental.registered(info):
        return getattr(info, 'incremental' + kind)
    return _codecs_incremental._class_of(encoding, kind)


def _text_codec(encoding):
    info = codecs.lookup(encoding)
    # A registered search function may return a plain 4-tuple: a text encoding.
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("%r is not a text encoding; use codecs.open() to handle arbitrary codecs" % encoding)
    return info


_NO_BUFFER = object()

class _Translator:
    """Universal newlines on input: '\\r\\n' and '\\r' become '\\n' (a '\\r' ending a piece
    waits for the next), and the kinds seen are kept for `newlines`."""

    def __init__(self, translate):
        self.translate = translate
        self.pending_cr = False
        self.seen = 0           # bits: 1 '\r', 2 '\n', 4 '\r\n'

    def feed(self, text, final):
        if self.pending_cr:
            text = '\r' + text
            self.pending_cr = False
        if text.endswith('\r') and not final:
            text = text[:-1]
            self.pending_cr = True
        crlf = text.count('\r\n')
        cr = text.count('\r') - crlf
        lf = text.count('\n') - crlf
        self.seen |= (1 if cr else 0) | (2 if lf else 0) | (4 if crlf else 0)
        if self.translate and (cr or crlf):
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text


class TextIOWrapper(_io.TextIOWrapper):
    """Character and line based layer over a buffered binary stream."""

    # The state is in slots: as the C object's, an instance's __dict__ holds only the program's attributes.
    __slots__ = ('_buffer', '_decoded', '_decoder', '_encoder', '_encoding', '_eof', '_errors', '_has_read1',
                 '_index', '_line_buffering', '_newline', '_pending', '_pending_size', '_readnl',
                 '_readtranslate', '_readuniversal', '_seekable', '_snapshot_bytes', '_snapshot_start',
                 '_translator', '_write_through', '_writenl')

    _CHUNK_SIZE = _CHUNK

    def __init__(self, buffer=_NO_BUFFER, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if buffer is _NO_BUFFER:
            raise TypeError("TextIOWrapper() missing required argument 'buffer' (pos 1)")
        _check_str_or_none('encoding', encoding)
        _check_str_or_none('errors', errors)
        _check_str_or_none('newline', newline)
        if newline not in _NEWLINES:
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'      # the locale's encoding
        _text_codec(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = 'strict' if errors is None else errors
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._set_newline(newline)
        # The buffer is asked as textiowrapper_init asks it: readable, writable, then seekable.
        self._make_coders()
        self._seekable = bool(buffer.seekable())
        self._has_read1 = hasattr(buffer, 'read1')
        self._pending = []          # encoded text not yet handed to the buffer
        self._pending_size = 0
        self._reset_read()
        # A stream opened part way in: no byte order mark before the text written there.
        if self._seekable and self._encoder is not None:   # an encoder: the buffer is writable
            position = buffer.tell()
            if position != 0:
                self._encoder.setstate(0)

    # ---- state ----

    def _set_newline(self, newline):
        self._newline = newline
        self._readuniversal = newline is None or newline == ''
        self._readtranslate = newline is None
        self._readnl = newline
        self._writenl = newline if newline in ('\r', '\r\n') else None

    def _make_coders(self):
        readable = self._buffer.readable()
        writable = self._buffer.writable()
        self._decoder = _incremental(self._encoding, 'decoder')(self._errors) if readable else None
        self._encoder = _incremental(self._encoding, 'encoder')(self._errors) if writable else None

    def _reset_read(self):
        """Forgets the text decoded ahead (after a write, a seek, or new settings)."""
        self._decoded = ''
        self._index = 0
        self._eof = False
        self._translator = _Translator(self._readtranslate) if self._readuniversal else None
        self._snapshot_start = None     # where the bytes decoded into _decoded start
        self._snapshot_bytes = b''
        if self._decoder is not None:
            self._decoder.reset()

    def _checked(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        return self._buffer

    def _check_open(self):
        if self._checked().closed:
            raise ValueError("I/O operation on closed file.")

    # ---- attributes ----

    @property
    def buffer(self):
        # None once detached (CPython's member), not the detached error.
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def closed(self):
        return self._checked().closed

    @property
    def name(self):
        return self._checked().name

    @property
    def mode(self):
        raise AttributeError("'_io.TextIOWrapper' object has no attribute 'mode'")

    @property
    def newlines(self):
        if self._translator is None:
            return None
        seen = self._translator.seen
        names = [s for bit, s in ((1, '\r'), (2, '\n'), (4, '\r\n')) if seen & bit]
        if not names:
            return None
        return names[0] if len(names) == 1 else tuple(names)

    def __repr__(self):
        text = '<_io.TextIOWrapper'
        for attr in ('name', 'mode'):
            try:
                value = getattr(self, attr)
            except (AttributeError, ValueError):
                continue
            text += ' %s=%r' % (attr, value)
        return text + ' encoding=%r>' % self._encoding

    def fileno(self):
        return self._checked().fileno()

    def isatty(self):
        return self._checked().isatty()

    def readable(self):
        return self._checked().readable()

    def writable(self):
        return self._checked().writable()

    def seekable(self):
        self._check_open()
        return self._seekable

    # ---- writing ----

    def write(self, text):
        self._check_open()
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        if self._encoder is None:
            raise _unsupported('not writable')
        length = len(text)
        has_lf = '\n' in text
        if has_lf and self._writenl is not None:
            text = text.replace('\n', self._writenl)
        flush_buffer = self._line_buffering and (has_lf or '\r' in text)
        data = self._encoder.encode(text)
        if not isinstance(data, bytes):
            raise TypeError("encoder should return a bytes object, not '%s'" % type(data).__name__)
        if not self._pending:
            _holding.add(self)
        self._pending.append(data)
        self._pending_size += len(data)
        if self._pending_size >= _CHUNK or flush_buffer or self._write_through:
            self._write_pending()
        if flush_buffer:
            self._buffer.flush()
        if self._decoded or self._eof:
            self._reset_read()
        return length

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def _write_pending(self):
        if self._pending:
            data = b''.join(self._pending)
            self._pending = []
            self._pending_size = 0
            _holding.discard(self)
            self._buffer.write(data)

    def flush(self):
        self._check_open()
        self._write_pending()
        self._buffer.flush()

    def close(self):
        buffer = self._checked()
        if buffer.closed:
            return
        try:
            self.flush()
        finally:
            buffer.close()

    def detach(self):
        buffer = self._checked()
        self.flush()
        self._buffer = None
        return buffer

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    # ---- reading ----

    def _check_readable(self):
        self._check_open()
        if self._decoder is None:
            raise _unsupported('not readable')
        self._write_pending()

    def _fill(self):
        """Decodes the next chunk onto the text ahead; False at the end of the input."""
        if self._eof:
            return False
        if self._index == len(self._decoded) and self._clean():
            # Everything decoded was read: start the snapshot afresh where the buffer is.
            self._decoded = ''
            self._index = 0
            self._snapshot_start = self._buffer.tell() if self._seekable else None
            self._snapshot_bytes = b''
        elif self._snapshot_start is None and self._seekable and not self._decoded:
            self._snapshot_start = self._buffer.tell()
        data = self._buffer.read1(_CHUNK) if self._has_read1 else self._buffer.read(_CHUNK)
        if data is None:
            data = b''
        final = not data
        if self._snapshot_start is not None:
            self._snapshot_bytes += data
        text = self._decoder.decode(data, final)
        if not isinstance(text, str):
            raise TypeError("decoder should return a string result, not '%s'" % type(text).__name__)
        if self._translator is not None:
            text = self._translator.feed(text, final)
        self._decoded += text
        self._eof = final
        return not final

    def _clean(self):
        pending_cr = self._translator is not None and self._translator.pending_cr
        return not pending_cr and self._decoder.getstate()[0] == b''

    def _take(self, n):
        start = self._index
        self._index = min(len(self._decoded), start + n)
        return self._decoded[start:self._index]

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        elif not hasattr(type(size), '__index__'):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        else:
            size = size.__index__()
        if size < 0:
            while self._fill():
                pass
            return self._take(len(self._decoded))
        while len(self._decoded) - self._index < size and self._fill():
            pass
        return self._take(size)

    def _line_end(self, start):
        """Where the line starting at `start` ends in the text ahead (-1: not there yet)."""
        text = self._decoded
        if self._readtranslate:
            at = text.find('\n', start)
            return -1 if at < 0 else at + 1
        if self._readuniversal:
            cr = text.find('\r', start)
            lf = text.find('\n', start)
            if cr < 0 and lf < 0:
                return -1
            if cr < 0 or (0 <= lf < cr):
                return lf + 1
            if cr + 1 < len(text):
                return cr + 2 if text[cr + 1] == '\n' else cr + 1
            return cr + 1 if self._eof else -1     # a '\r\n' may be cut in two
        at = text.find(self._readnl, start)
        return -1 if at < 0 else at + len(self._readnl)

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            raise TypeError("'NoneType' object cannot be interpreted as an integer")
        size = size.__index__() if hasattr(type(size), '__index__') else size
        while True:
            end = self._line_end(self._index)
            if end >= 0:
                break
            if size >= 0 and len(self._decoded) - self._index >= size:
                break
            if not self._fill():
                end = len(self._decoded)
                break
        if end < 0:
            end = len(self._decoded)
        n = end - self._index
        if size >= 0:
            n = min(n, size)
        return self._take(n)

    def readlines(self, hint=-1):
        self._check_open()
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and hint > 0 and total >= hint:
                break
        return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # ---- positions ----

    def tell(self):
        self._check_open()
        if not self._seekable:
            raise _unsupported("underlying stream is not seekable")
        self.flush()
        if self._snapshot_start is None or self._decoder is None:
            return self._buffer.tell()
        if self._index == len(self._decoded) and self._clean():
            return self._buffer.tell()
        # Decode the snapshot's bytes again, one at a time, until the characters read are made.
        decoder = _incremental(self._encoding, 'decoder')(self._errors)
        translator = _Translator(self._readtranslate) if self._readuniversal else None
        made = 0
        for i in range(len(self._snapshot_bytes)):
            text = decoder.decode(self._snapshot_bytes[i:i + 1])
            if translator is not None:
                text = translator.feed(text, False)
            made += len(text)
            if made >= self._index:
                return self._snapshot_start + i + 1
        return self._snapshot_start + len(self._snapshot_bytes)

    def seek(self, cookie, whence=0):
        self._check_open()
        if not self._seekable:
            raise _unsupported("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise _unsupported("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise _unsupported("can't do nonzero end-relative seeks")
            self.flush()
            position = self._buffer.seek(0, 2)
            self._reset_read()
            return position
        elif whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self._buffer.seek(cookie)
        self._reset_read()
        if self._encoder is not None:
            if cookie == 0:
                self._encoder.reset()
            else:
                self._encoder.setstate(0)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._checked().truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        for name, value in (('encoding', encoding), ('errors', errors)):
            if value is not None and not isinstance(value, str):
                raise TypeError("reconfigure() argument '%s' must be str or None, not %s" % (name, type(value).__name__))
        if newline is not Ellipsis:
            if newline is not None and not isinstance(newline, str):
                raise TypeError("reconfigure() argument 'newline' must be str or None, not %s" % type(newline).__name__)
            if newline not in _NEWLINES:
                raise ValueError("illegal newline value: %s" % newline)
        self.flush()
        if self._index < len(self._decoded) and (encoding is not None or errors is not None or newline is not Ellipsis):
            raise _unsupported("It is not possible to set the encoding or newline of stream after the first read")
        if encoding is not None:
            if encoding == 'locale':
                encoding = 'UTF-8'
            _text_codec(encoding)
            self._encoding = encoding
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._set_newline(newline)
        if encoding is not None or errors is not None or newline is not Ellipsis:
            self._make_coders()
            self._reset_read()
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)


TextIOWrapper.__module__ = '_io'


def _write_out_held():
    for wrapper in list(_holding):
        try:
            if not wrapper._checked().closed:
                wrapper._write_pending()
                wrapper._buffer.flush()
        except Exception:
            pass
    _holding.clear()


atexit.register(_write_out_held)

# CPython's TextIOWrapper is C: its errors show no frame of this file.
as_c_module(globals())
