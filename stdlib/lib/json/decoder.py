"""JSON decoding (json.decoder): JSONDecoder over the native scanner, and JSONDecodeError."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']


def _where(doc, pos):
    """(line, column) of character pos, both counted from 1."""
    line_start = doc.rfind('\n', 0, pos) + 1
    return doc.count('\n', 0, line_start) + 1, pos - line_start + 1


class JSONDecodeError(ValueError):
    """A JSON document could not be parsed: msg, doc, pos, lineno and colno say where."""

    def __init__(self, msg, doc, pos):
        line, col = _where(doc, pos)
        ValueError.__init__(self, f'{msg}: line {line} column {col} (char {pos})')
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = line, col

    def __reduce__(self):
        # Rebuilt from the three constructor arguments; the position fields follow from them.
        return type(self), (self.msg, self.doc, self.pos)


_BLANKS = ' \t\n\r'

_SPECIAL_FLOATS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


def _past_blanks(text, i):
    stop = len(text)
    while i < stop and text[i] in _BLANKS:
        i += 1
    return i


def scanstring(s, end, strict=True):
    """(the string, index after its closing quote) for the JSON string whose text starts at
    s[end], just after its opening quote."""
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %.80s' % type(s).__name__)
    if end < 0 or end > len(s):
        raise ValueError('end is out of bounds')
    # The native scanner reads a whole string value: give it one starting at the quote.
    shift = end - 1
    try:
        value, stop = _json.scan_once('"' + s[end:], 0, strict, None, None, float, int,
                                      _SPECIAL_FLOATS.__getitem__, JSONDecodeError)
    except JSONDecodeError as err:
        raise JSONDecodeError(err.msg, s, err.pos + shift) from None
    return value, stop + shift


class JSONDecoder:
    """Parses JSON text into Python data."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        # A missing (falsy) hook means the default conversion; keep the callables themselves as attributes,
        # as users (and subclasses) read them back.
        self.parse_float, self.parse_int = parse_float or float, parse_int or int
        self.parse_constant = parse_constant or _SPECIAL_FLOATS.__getitem__
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.strict = strict

    def decode(self, s):
        """The single JSON value in s (surrounding whitespace allowed)."""
        value, stop = self.raw_decode(s, _past_blanks(s, 0))
        tail = _past_blanks(s, stop)
        if tail < len(s):
            raise JSONDecodeError('Extra data', s, tail)
        return value

    def raw_decode(self, s, idx=0):
        """(value, index after it) for the JSON value starting at s[idx]; trailing text is ignored."""
        return _json.scan_once(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                               self.parse_float, self.parse_int, self.parse_constant, JSONDecodeError)
