"""http.cookies: HTTP cookies as a dictionary of Morsels (name, value, attributes), parsed
from a Cookie header and written as Set-Cookie headers (SimpleCookie quotes values that
need it; BaseCookie leaves encoding to subclasses)."""

import re
import string
import time
from types import GenericAlias

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


# Characters a name or an unquoted value may hold (RFC 2109's token, and ':').
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
# Characters kept as they are inside a quoted value; the rest of the first 256 become \ooo.
_KEPT_IN_QUOTES = _LegalChars + ' ()/<=>?@[]{}'
_ESCAPES = {n: '\\%03o' % n for n in range(256) if chr(n) not in _KEPT_IN_QUOTES}
_ESCAPES[ord('"')] = '\\"'
_ESCAPES[ord('\\')] = '\\\\'

_is_legal_key = re.compile('[%s]+' % re.escape(_LegalChars)).fullmatch


def _quote(text):
    """text itself when every character is legal, else in double quotes with escapes."""
    if text is None or _is_legal_key(text):
        return text
    return '"' + text.translate(_ESCAPES) + '"'


_ESCAPE_IN_QUOTES = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))', 16)  # re.DOTALL, as an int: re's flags would import enum


def _unquote(text):
    """The value of a double-quoted string (\\ooo octal and \\c escapes undone); other text
    as it is."""
    if text is None or len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return text
    inner = text[1:-1]

    def unescape(m):
        return chr(int(m.group(1), 8)) if m.group(1) else m.group(2)
    return _ESCAPE_IN_QUOTES.sub(unescape, inner)


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    """An HTTP date, `future` seconds from now."""
    t = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[t.tm_wday], t.tm_mday, monthname[t.tm_mon], t.tm_year,
        t.tm_hour, t.tm_min, t.tm_sec)


class Morsel(dict):
    """One cookie: key, value, coded_value, and its attributes as dictionary items (the
    reserved attribute names only, case-insensitive)."""

    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }
    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for name in self._reserved:
            dict.__setitem__(self, name, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def _attribute(self, name):
        name = name.lower()
        if name not in self._reserved:
            raise CookieError("Invalid attribute %r" % (name,))
        return name

    def __setitem__(self, K, V):
        dict.__setitem__(self, self._attribute(K), V)

    def setdefault(self, key, val=None):
        return dict.setdefault(self, self._attribute(key), val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and self._value == morsel._value
                and self._key == morsel._key and self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__

    def copy(self):
        twin = Morsel()
        dict.update(twin, self)
        twin.__dict__.update(self.__dict__)
        return twin

    def update(self, values):
        checked = {}
        for name, value in dict(values).items():
            checked[self._attribute(name)] = value
        dict.update(self, checked)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value, 'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key = state['key']
        self._value = state['value']
        self._coded_value = state['coded_value']

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (self.__class__.__name__, self.OutputString())

    def js_output(self, attrs=None):
        quoted = self.OutputString(attrs).replace('"', r'\"')
        return ('\n        <script type="text/javascript">\n        <!-- begin hiding\n'
                '        document.cookie = "%s";\n        // end hiding -->\n'
                '        </script>\n        ' % quoted)

    def OutputString(self, attrs=None):
        """'key=coded_value; Attr=value; ...': the set attributes in name order (only those
        in attrs, when given); an int expires is seconds from now, flags are bare words."""
        parts = ["%s=%s" % (self.key, self.coded_value)]
        wanted = self._reserved if attrs is None else attrs
        for name, value in sorted(self.items()):
            if value == "" or name not in wanted:
                continue
            label = self._reserved[name]
            if name == "expires" and isinstance(value, int):
                parts.append("%s=%s" % (label, _getdate(value)))
            elif name == "max-age" and isinstance(value, int):
                parts.append("%s=%d" % (label, value))
            elif name == "comment" and isinstance(value, str):
                parts.append("%s=%s" % (label, _quote(value)))
            elif name in self._flags:
                if value:
                    parts.append(str(label))
            else:
                parts.append("%s=%s" % (label, value))
        return "; ".join(parts)

    __class_getitem__ = classmethod(GenericAlias)


_KEY_CHARS = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_VALUE_CHARS = _KEY_CHARS + r"\[\]"

# One "key" or "key=value" of a Cookie header: the value a quoted string, an HTTP date (an
# expires attribute holds a comma and spaces), or a run of legal characters; then spaces,
# a ';' or the end.
_CookiePattern = re.compile(
    r'\s*(?P<key>[' + _KEY_CHARS + r']+?)'
    r'(\s*=\s*(?P<val>"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _VALUE_CHARS + r']*))?'
    r'\s*(\s+|;|$)', 256)  # re.ASCII, as an int: re's flags would import enum


class BaseCookie(dict):
    """A dictionary of Morsels by cookie name. value_decode and value_encode turn header
    text into values and back (both the identity here)."""

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            real, coded = self.value_encode(value)
            self.__set(key, real, coded)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        """One Set-Cookie header per cookie, in name order, joined by sep."""
        return sep.join([m.output(attrs, header) for _, m in sorted(self.items())])

    __str__ = output

    def __repr__(self):
        shown = ['%s=%s' % (key, repr(m.value)) for key, m in sorted(self.items())]
        return '<%s: %s>' % (self.__class__.__name__, " ".join(shown))

    def js_output(self, attrs=None):
        return "".join([m.js_output(attrs) for _, m in sorted(self.items())])

    def load(self, rawdata):
        """Adds the cookies of a Cookie header string, or of a mapping of names to values."""
        if isinstance(rawdata, str):
            self.__parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def __parse_string(self, text, patt=_CookiePattern):
        # Read the whole header first: anything malformed and nothing of it is kept.
        # Attributes ($Path, or reserved names) belong to the cookie before them.
        found = []
        seen_cookie = False
        pos = 0
        while 0 <= pos < len(text):
            m = patt.match(text, pos)
            if not m:
                break
            key, value = m.group("key"), m.group("val")
            pos = m.end(0)
            if key[0] == "$":
                if seen_cookie:
                    found.append((True, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not seen_cookie:
                    return
                if value is not None:
                    found.append((True, key, _unquote(value)))
                elif key.lower() in Morsel._flags:
                    found.append((True, key, True))
                else:
                    return
            elif value is not None:
                found.append((False, key, self.value_decode(value)))
                seen_cookie = True
            else:
                return
        current = None
        for is_attribute, key, value in found:
            if is_attribute:
                current[key] = value
            else:
                self.__set(key, value[0], value[1])
                current = self[key]


class SimpleCookie(BaseCookie):
    """Values are strings: quoted on output when they need it, unquoted when parsed."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
