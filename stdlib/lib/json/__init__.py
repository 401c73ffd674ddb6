"""json for tpy: dumps/dump and loads/load with CPython 3.11's output format,
options and error messages (JSONDecodeError with line, column and char)."""

import codecs

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """obj as a JSON string."""
    if (cls is None and not skipkeys and ensure_ascii and check_circular and allow_nan and indent is None
            and separators is None and default is None and not sort_keys and not kw):
        # All defaults: one shared encoder, as CPython's _default_encoder (no object built per call).
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Writes obj as JSON to the file fp, a chunk at a time (as CPython: what came before an
    error has been written)."""
    if (cls is None and not skipkeys and ensure_ascii and check_circular and allow_nan and indent is None
            and separators is None and default is None and not sort_keys and not kw):
        encoder = _default_encoder
    else:
        if cls is None:
            cls = JSONEncoder
        encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                      allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                      sort_keys=sort_keys, **kw)
    if type(encoder).iterencode is JSONEncoder.iterencode and _writes_alike(fp):
        # A file or StringIO holds the same text written in one piece as in many (and a
        # call of a StringIO's write() costs as much as a few chunks' encoding).
        chunks, error = encoder._chunks_and_error(obj)
        fp.write(''.join(chunks))
        if error is not None:
            raise error
        return
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


_plain_writes = None


def _writes_alike(fp):
    """Whether fp's write() is io.StringIO's or an open() text file's (not a program's own)."""
    global _plain_writes
    if _plain_writes is None:
        import io
        import sys
        _plain_writes = (io.StringIO.write, io.TextIOWrapper.write, type(sys.__stdout__).write)
    return getattr(type(fp), 'write', None) in _plain_writes


def detect_encoding(b):
    """The encoding of a JSON document in bytes: from its BOM, else from where the zero bytes
    fall in its first characters (JSON text starts with two ASCII characters), else UTF-8."""
    if b.startswith((codecs.BOM_UTF32_BE, codecs.BOM_UTF32_LE)):
        return 'utf-32'
    if b.startswith((codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE)):
        return 'utf-16'
    if b.startswith(codecs.BOM_UTF8):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            # 00 00 ?? ??: UTF-32-BE; 00 XX ?? ??: UTF-16-BE
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            # XX 00 00 00: UTF-32-LE; XX 00 XX ?? or XX 00 00 XX: UTF-16-LE
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """Parses a JSON document (str, bytes or bytearray) into Python data."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError('the JSON object must be str, bytes or bytearray, not %s' % s.__class__.__name__)
        s = s.decode(detect_encoding(s), 'surrogatepass')
    if (cls is None and object_hook is None and parse_float is None and parse_int is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    """Parses the JSON document in the file fp."""
    return loads(fp.read(), **kw)
