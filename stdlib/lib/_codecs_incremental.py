"""codecs' incremental encoders and decoders (codecs.getincrementaldecoder and friends), for
text arriving or leaving in pieces: io.TextIOWrapper over a binary stream uses them.

tpy's native codecs decode whole inputs only, so a decoder here keeps back the bytes at the
end of a piece that begin a character the next piece completes (what the codec itself calls
'unexpected end of data' or 'truncated data' when they stand alone), and decodes the rest.
The byte order mark of utf-16, utf-32 and utf-8-sig is written once, before the first text,
and read once, from the start of the input.
"""

import codecs
from _c_type_names import as_c_function

__all__ = ["IncrementalEncoder", "IncrementalDecoder", "BufferedIncrementalDecoder",
           "getincrementalencoder", "getincrementaldecoder"]


class IncrementalEncoder:
    """Encodes text given in pieces; subclasses define encode()."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes bytes given in pieces; subclasses define decode()."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder keeping the bytes _buffer_decode() did not consume for the next piece."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# They are codecs' classes (codecs.py takes them from here).
for _cls in (IncrementalEncoder, IncrementalDecoder, BufferedIncrementalDecoder):
    _cls.__module__ = 'codecs'

# The base classes under other names, for the classes made per codec (named as these).
_BaseEncoder, _BaseDecoder = IncrementalEncoder, IncrementalDecoder

# How many bytes a character takes at most, and in what units, for the codecs whose characters
# span several bytes (the single-byte pages never keep anything back).
_UNIT = {'utf-8': 1, 'utf-16-le': 2, 'utf-16-be': 2, 'utf-32-le': 4, 'utf-32-be': 4}
_INCOMPLETE = ('unexpected end of data', 'truncated data')
_BOMS = {'utf-16': ((codecs.BOM_UTF16_LE, 'utf-16-le'), (codecs.BOM_UTF16_BE, 'utf-16-be')),
         'utf-32': ((codecs.BOM_UTF32_LE, 'utf-32-le'), (codecs.BOM_UTF32_BE, 'utf-32-be'))}


@as_c_function
def _incomplete_tail(name, data):
    """How many bytes at the end of data begin a character that is not complete yet."""
    unit = _UNIT.get(name)
    if unit is None:
        return 0
    kept = 0
    for k in range(1, min(len(data), 3) + 1):
        if (len(data) - k) % unit:
            continue
        try:
            data[-k:].decode(name)
        except UnicodeDecodeError as e:
            if e.start == 0 and e.end == k and e.reason in _INCOMPLETE:
                kept = k
    return kept


def _text_decoder(name):
    """The incremental decoder class of a text encoding (name: codecs.lookup's)."""

    class IncrementalDecoder(BufferedIncrementalDecoder):
        # utf-16/utf-32 learn their byte order from the mark; utf-8-sig drops its mark.
        _codec = None if name in _BOMS or name == 'utf-8-sig' else name

        def _buffer_decode(self, data, errors, final):
            skipped = 0
            if self._codec is None:
                skipped = self._read_mark(data, final)
                if skipped is None:
                    return "", 0
                data = data[skipped:]
            held = 0 if final else _incomplete_tail(self._codec, data)
            piece = data[:len(data) - held] if held else data
            return piece.decode(self._codec, errors), skipped + len(piece)

        def _read_mark(self, data, final):
            """The length of the mark at the start (None: too few bytes to tell yet)."""
            if name == 'utf-8-sig':
                if len(data) < 3 and codecs.BOM_UTF8.startswith(data) and not final:
                    return None
                self._codec = 'utf-8'
                return 3 if data.startswith(codecs.BOM_UTF8) else 0
            width = 2 if name == 'utf-16' else 4
            if len(data) < width:
                if final and data:
                    self._codec = name + '-le'
                    return 0
                return None
            for mark, codec in _BOMS[name]:
                if data.startswith(mark):
                    self._codec = codec
                    return width
            raise UnicodeError("%s stream does not start with BOM" % name.upper())

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._codec = type(self)._codec

    return IncrementalDecoder


def _text_encoder(name):
    """The incremental encoder class of a text encoding (name: codecs.lookup's)."""
    marked = name in _BOMS or name == 'utf-8-sig'

    class IncrementalEncoder(_BaseEncoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self._fresh = marked

        def encode(self, input, final=False):
            if not self._fresh:
                return (input.encode(self._after, self.errors) if marked else input.encode(name, self.errors))
            self._fresh = False
            return input.encode(name, self.errors)

        # After the mark: the same bytes without it (tpy runs little-endian).
        _after = {'utf-16': 'utf-16-le', 'utf-32': 'utf-32-le', 'utf-8-sig': 'utf-8'}.get(name)

        def reset(self):
            self._fresh = marked

        def getstate(self):
            return 0 if not self._fresh else 1 if name == 'utf-8-sig' else 2

        def setstate(self, state):
            self._fresh = marked and bool(state)

    return IncrementalEncoder


def _transform_decoder(name):
    class IncrementalDecoder(_BaseDecoder):
        def decode(self, input, final=False):
            return codecs.decode(input, name, self.errors)
    return IncrementalDecoder


def _transform_encoder(name):
    class IncrementalEncoder(_BaseEncoder):
        def encode(self, input, final=False):
            return codecs.encode(input, name, self.errors)
    return IncrementalEncoder


# The encodings module CPython defines each codec's classes in, where it is not the name's spelling.
_MODULES = {'iso8859-1': 'latin_1', 'hex': 'hex_codec', 'base64': 'base64_codec', 'quopri': 'quopri_codec',
            'uu': 'uu_codec', 'zlib': 'zlib_codec', 'bz2': 'bz2_codec'}


def _named(cls, codec):
    # The codec's own methods are C functions in CPython (codecs.utf_8_decode): no frames.
    as_c_function(cls)
    cls.__module__ = 'encodings.' + _MODULES.get(codec, codec.replace('-', '_'))
    cls.__qualname__ = cls.__name__
    return cls


_classes = {}


def registered(info):
    """Whether a search function the program registered found the codec (`info`: codecs.lookup's):
    its CodecInfo (or plain 4-tuple) is all there is, while tpy's own carry no classes."""
    return codecs._found.get(getattr(info, 'name', None)) is not info


def _classes_of(info):
    pair = _classes.get(info.name)
    if pair is None:
        if info._is_text_encoding:
            pair = (_text_encoder(info.name), _text_decoder(info.name))
        else:
            pair = (_transform_encoder(info.name), _transform_decoder(info.name))
        pair = tuple(_named(cls, info.name) for cls in pair)
        _classes[info.name] = pair
    return pair


def _class_of(encoding, kind):
    info = codecs.lookup(encoding)
    if registered(info):
        found = getattr(info, 'incremental' + kind)
        if found is None:
            raise LookupError(encoding)
        return found
    return _classes_of(info)[kind == 'decoder']


def getincrementalencoder(encoding):
    """The incremental encoder class of an encoding (LookupError for an unknown one, or one without)."""
    return _class_of(encoding, 'encoder')


def getincrementaldecoder(encoding):
    """The incremental decoder class of an encoding (LookupError for an unknown one, or one without)."""
    return _class_of(encoding, 'decoder')
