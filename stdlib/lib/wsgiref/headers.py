"""wsgiref.headers: Headers, a response's header list with mapping access (names case-insensitive)."""

import re

_needs_quotes = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _param(name, value, quote=1):
    # 'name="value"' when the value has a special character (or quote is forced)
    if value is None or len(value) == 0:
        return name
    if quote or _needs_quotes.search(value):
        return '%s="%s"' % (name, value.replace('\\', '\\\\').replace('"', r'\"'))
    return '%s=%s' % (name, value)


class Headers:
    """A list of (name, value) pairs, readable and editable as a mapping."""

    def __init__(self, headers=None):
        headers = headers if headers is not None else []
        if type(headers) is not list:
            raise TypeError("Headers must be a list of name/value tuples")
        self._headers = headers
        for name, value in headers:
            self._str(name)
            self._str(value)

    def _str(self, value, what='Header names/values'):
        if type(value) is str:
            return value
        raise AssertionError("{0} must be of type str (got {1})".format(what, repr(value)))

    def __len__(self):
        return len(self._headers)

    def __setitem__(self, name, val):
        # replaces every header of that name
        del self[name]
        self._headers.append((self._str(name), self._str(val)))

    def __delitem__(self, name):
        name = self._str(name).lower()
        self._headers[:] = [kv for kv in self._headers if kv[0].lower() != name]

    def __getitem__(self, name):
        return self.get(name)

    def __contains__(self, name):
        return self.get(name) is not None

    def get_all(self, name):
        name = self._str(name).lower()
        return [kv[1] for kv in self._headers if kv[0].lower() == name]

    def get(self, name, default=None):
        name = self._str(name).lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return default

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return self._headers[:]

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._headers)

    def __str__(self):
        return '\r\n'.join(["%s: %s" % kv for kv in self._headers] + ['', ''])

    def __bytes__(self):
        return str(self).encode('iso-8859-1')

    def setdefault(self, name, value):
        found = self.get(name)
        if found is None:
            self._headers.append((self._str(name), self._str(value)))
            return value
        return found

    def add_header(self, _name, _value, **_params):
        """Adds a header with parameters: add_header('content-disposition', 'attachment', filename='a.txt')."""
        parts = []
        if _value is not None:
            parts.append(self._str(_value))
        for k, v in _params.items():
            k = self._str(k).replace('_', '-')
            parts.append(k if v is None else _param(k, self._str(v)))
        self._headers.append((self._str(_name), "; ".join(parts)))
