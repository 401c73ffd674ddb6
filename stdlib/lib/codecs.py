"""codecs for tpy: encode/decode with any built-in codec, lookup, and the byte order marks.

The codecs are tpy's own (the native _codecs): utf-8, ascii, latin-1, utf-16 and utf-32 in
both byte orders, the single-byte code pages (cp1252, cp1251, iso8859-2, koi8-r, mac-roman,
the EBCDIC pages...), unicode_escape, raw_unicode_escape and punycode, and the transforms
'hex', 'base64', 'quopri', 'uu', 'zlib' (bytes to bytes) and 'rot13' (str to str); register()
adds search functions asked after them, register_error() handlers for new error names
(lookup_error finds them, then the built-in handlers, _codecs_errors.py's functions); the incremental classes are
stdlib/lib/_codecs_incremental.py's, the stream ones and codecs.open _codecs_streams.py's,
loaded when first asked for.
"""

from _codecs import encode, decode, lookup as _native_lookup, register, unregister, register_error
from _codecs import (utf_8_encode, utf_8_decode, utf_16_encode, utf_16_decode, utf_16_le_encode,
                     utf_16_le_decode, utf_16_be_encode, utf_16_be_decode, utf_32_encode, utf_32_decode,
                     utf_32_le_encode, utf_32_le_decode, utf_32_be_encode, utf_32_be_decode,
                     latin_1_encode, latin_1_decode, ascii_encode, ascii_decode,
                     unicode_escape_encode, unicode_escape_decode,
                     raw_unicode_escape_encode, raw_unicode_escape_decode, escape_encode, escape_decode)
from _c_type_names import as_c_function as _as_c_function

# Byte order marks. A UTF-32 mark is the UTF-16 one widened to four bytes, zeros on the far
# side of the order; the unmarked names are the native order (little-endian wherever tpy runs).
BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = b'\xff\xfe'
BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = BOM_UTF16_LE + b'\x00\x00'
BOM_UTF32_BE = b'\x00\x00' + BOM_UTF16_BE
BOM_UTF16, BOM_UTF32 = BOM_UTF16_LE, BOM_UTF32_LE
# Older spellings of the same marks.
BOM, BOM_LE, BOM_BE = BOM_UTF16, BOM_UTF16_LE, BOM_UTF16_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE

_BOM_NAMES = ["BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
              "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
              "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE"]
__all__ = ["register", "unregister", "register_error", "encode", "decode", "lookup", "getencoder", "getdecoder", "CodecInfo"] + _BOM_NAMES


class CodecInfo(tuple):
    """What lookup() finds: a 4-tuple (encode, decode, streamreader, streamwriter) with named fields."""

    # Transforms such as 'hex' say False, so str.encode and bytes.decode refuse them.
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        vars(info).update(name=name, encode=encode, decode=decode,
                          incrementalencoder=incrementalencoder, incrementaldecoder=incrementaldecoder,
                          streamwriter=streamwriter, streamreader=streamreader)
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        cls = type(self)
        return "<%s.%s object for encoding %s at %#x>" % (cls.__module__, cls.__qualname__, self.name, id(self))


# CodecInfo by canonical codec name: as with CPython's registry cache, looking one encoding up
# twice gives the same object (and the same encode/decode functions).
_found = {}


# A C function in CPython (_codecs.lookup): its errors show no frame of this file.
@_as_c_function
def lookup(encoding):
    """The CodecInfo of an encoding name (any alias CPython accepts), or LookupError."""
    found = _native_lookup(encoding)
    if len(found) == 1:
        return found[0]  # what a registered search function returned
    name, encoder, decoder, is_text = found
    info = _found.get(name)
    if info is None:
        info = _found[name] = CodecInfo(encoder, decoder, name=name, _is_text_encoding=is_text)
    return info


def getencoder(encoding):
    """The encoder function of an encoding: (input, errors='strict') -> (output, length consumed)."""
    return lookup(encoding)[0]


def getdecoder(encoding):
    """The decoder function of an encoding: (input, errors='strict') -> (output, length consumed)."""
    return lookup(encoding)[1]


_INCREMENTAL = ("IncrementalEncoder", "IncrementalDecoder", "BufferedIncrementalDecoder",
                "getincrementalencoder", "getincrementaldecoder")
__all__ += list(_INCREMENTAL)


_STREAMS = ("StreamReader", "StreamWriter", "StreamReaderWriter", "getreader", "getwriter", "open")
__all__ += list(_STREAMS)


_ERRORS = ("lookup_error", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors")
_RECODER = ("StreamRecoder", "EncodedFile")
__all__ += list(_ERRORS) + list(_RECODER) + ["Codec", "iterencode", "iterdecode"]


class Codec:
    """The base of a codec's stateless encode and decode (input, errors) -> (output, consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encodes each str the iterator gives with an incremental encoder, yielding the bytes."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decodes each bytes the iterator gives with an incremental decoder, yielding the str."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def __getattr__(name):
    # The incremental and stream classes and the error handlers at their first use: most
    # programs that import codecs need none.
    for names, module in ((_INCREMENTAL, '_codecs_incremental'), (_STREAMS, '_codecs_streams'),
                          (_ERRORS, '_codecs_errors'), (_RECODER, '_codecs_recoder')):
        if name in names:
            source = __import__(module)
            for n in names:
                globals()[n] = getattr(source, n)
            return globals()[name]
    raise AttributeError("module 'codecs' has no attribute '%s'" % name)
