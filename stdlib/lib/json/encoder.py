"""JSON encoding (json.encoder): JSONEncoder over the native encoder."""

import _json

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii
INFINITY = float('inf')


class JSONEncoder:
    """Turns Python data into JSON text; subclass and override default() for other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        if isinstance(o, str):
            # As CPython: a str is escaped directly, without iterencode.
            return _json.encode_basestring_ascii(o) if self.ensure_ascii else _json.encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o in chunks: as one (for encode(), _one_shot), else cut where CPython's
        generator yields them (json.dump writes each), an error raised after the chunks before it."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        args = (o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                self.sort_keys, indent, self.item_separator, self.key_separator, self.default)
        if _one_shot:
            return [_json.encode(*args)]
        return _chunks(*_json.encode_chunks(*args))

    def _chunks_and_error(self, o):
        """iterencode(o)'s chunks as a list, and the exception that ended them (or None)."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _json.encode_chunks(o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                                   self.sort_keys, indent, self.item_separator, self.key_separator, self.default)


def _chunks(chunks, error):
    yield from chunks
    if error is not None:
        raise error
