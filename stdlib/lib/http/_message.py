"""A header block as a mapping: the part of email.message.Message's API that HTTP uses.

tpy has no `email` package; http.client.HTTPMessage (and so every response's and
request's `headers`) is this class. Names are case-insensitive, a name may occur
several times, and the order of arrival is kept.
"""

__all__ = ['HeaderMessage', 'parse_header_lines']


def _split_params(text):
    """'text/html; charset="a;b"; q=1' -> ['text/html', 'charset="a;b"', 'q=1'] (a ';' inside quotes stays)."""
    parts = []
    start = 0
    quoted = False
    i = 0
    while i < len(text):
        c = text[i]
        if c == '\\' and quoted:
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == ';' and not quoted:
            parts.append(text[start:i])
            start = i + 1
        i += 1
    parts.append(text[start:])
    out = []
    for part in parts:
        name, eq, value = part.partition('=')
        if eq:
            out.append((name.strip().lower(), value.strip()))
        else:
            out.append((part.strip(), ''))
    return out


def _unquote(value):
    if len(value) > 1:
        if value[0] == '"' and value[-1] == '"':
            return value[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if value[0] == '<' and value[-1] == '>':
            return value[1:-1]
    return value


class HeaderMessage:
    """Headers in arrival order, looked up without regard to case."""

    def __init__(self):
        self._headers = []
        self._payload = None
        self._default_type = 'text/plain'
        self.preamble = self.epilogue = None
        self.defects = []

    # -- the mapping --
    def __len__(self):
        return len(self._headers)

    def __iter__(self):
        for name, value in self._headers:
            yield name

    def __contains__(self, name):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return True
        return False

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        # As in email: assignment adds a header, it does not replace one.
        self._headers.append((name, value))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return list(self._headers)

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        found = [v for k, v in self._headers if k.lower() == name]
        return found if found else failobj

    def add_header(self, _name, _value, **_params):
        parts = [] if _value is None else [_value]
        for key, value in _params.items():
            key = key.replace('_', '-')
            if value is None:
                parts.append(key)
            else:
                parts.append('%s="%s"' % (key, str(value).replace('\\', '\\\\').replace('"', '\\"')))
        self._headers.append((_name, '; '.join(parts)))

    def replace_header(self, _name, _value):
        name = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == name:
                self._headers[i] = (k, _value)
                return
        raise KeyError(_name)

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers)

    # -- Content-Type and its parameters --
    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def get_content_type(self):
        value = self.get('content-type')
        if value is None:
            return self.get_default_type()
        ctype = value.partition(';')[0].strip().lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_params(self, failobj=None, header='content-type', unquote=True):
        value = self.get(header)
        if value is None:
            return failobj
        params = _split_params(value)
        if unquote:
            return [(k, _unquote(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        value = self.get(header)
        if value is None:
            return failobj
        param = param.lower()
        for k, v in _split_params(value):
            if k.lower() == param:
                return _unquote(v) if unquote else v
        return failobj

    def get_content_charset(self, failobj=None):
        charset = self.get_param('charset')
        if charset is None:
            return failobj
        if not charset.isascii():
            return failobj
        return charset.lower()

    def get_filename(self, failobj=None):
        name = self.get_param('filename', None, 'content-disposition')
        if name is None:
            name = self.get_param('name', None, 'content-type')
        return failobj if name is None else name.strip()

    # -- the rest of Message that a header block has --
    def is_multipart(self):
        return False

    def get_payload(self, i=None, decode=False):
        return self._payload

    def set_payload(self, payload, charset=None):
        self._payload = payload

    def get_unixfrom(self):
        return None

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        lines = ['%s: %s\n' % (k, v) for k, v in self._headers]
        return ''.join(lines) + '\n' + (self._payload or '')

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string().encode('utf-8', 'surrogateescape')

    def __str__(self):
        return self.as_string()


def parse_header_lines(text, message):
    """Fills message from a header block (lines of 'Name: value', continuation lines
    starting with a space or tab); returns it. A line that is neither ends the headers,
    as email's parser makes the rest the body."""
    name = None
    value = ''
    lines = text.splitlines(True)
    for line in lines:
        if line in ('\r\n', '\n'):
            break
        if line[0] in ' \t' and name is not None:
            value += line
            continue
        colon = line.find(':')
        if colon <= 0 or any(c <= ' ' or c > '~' for c in line[:colon]):
            break
        if name is not None:
            message.set_raw(name, value.rstrip('\r\n'))
        name = line[:colon]
        value = line[colon + 1:].lstrip(' \t')
    if name is not None:
        message.set_raw(name, value.rstrip('\r\n'))
    message.set_payload('')
    return message
