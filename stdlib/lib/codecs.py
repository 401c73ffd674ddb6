"""codecs for tpy: encode/decode with any built-in codec, lookup, and the byte order marks.

The codecs are tpy's own (the native _codecs): utf-8, ascii, latin-1, utf-16 and utf-32 in
both byte orders, and the transforms 'hex', 'base64' (bytes to bytes) and 'rot13' (str to str).
There is no codec search path: register(), register_error() and the stream and incremental
classes are not provided.
"""

from _codecs import encode, decode, lookup as _lookup

__all__ = ["encode", "decode", "lookup", "getencoder", "getdecoder", "CodecInfo",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# The native byte order (sys.byteorder is 'little' wherever tpy runs).
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
# The old names of the same marks.
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """What lookup() finds: a 4-tuple (encode, decode, streamreader, streamwriter) with named fields."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


def lookup(encoding):
    """The CodecInfo of an encoding name (any alias CPython accepts), or LookupError."""
    name, enc, dec, is_text = _lookup(encoding)
    return CodecInfo(enc, dec, name=name, _is_text_encoding=is_text)


def getencoder(encoding):
    """The encoder function of an encoding: (input, errors='strict') -> (output, length consumed)."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """The decoder function of an encoding: (input, errors='strict') -> (output, length consumed)."""
    return lookup(encoding).decode
