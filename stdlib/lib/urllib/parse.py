"""urllib.parse: splitting URLs into parts and joining them, and %-quoting (RFC 3986 as 3.11 reads it).

Written for tpy from the module's documentation and behaviour. str URLs only: bytes URLs
(ParseResultBytes and friends) are not supported.
"""

from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit",
           "urlencode", "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes", "DefragResult", "ParseResult",
           "SplitResult"]

# Which schemes have relative URLs, a network location and ;params (the lists urljoin,
# urlunsplit and urlparse consult).
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp',
                 'mms', 'prospero', 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', 'svn', 'svn+ssh',
               'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtspu',
               'sip', 'sips', 'mms', 'sftp', 'tel']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtspu',
              'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https', 'shttp',
                 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# WHATWG: leading C0 controls and spaces are dropped, and tabs and newlines anywhere.
_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(0x21))
_REMOVED_ANYWHERE = ('\t', '\r', '\n')


class _NetlocMixin:
    """username, password, hostname and port, read from netloc."""
    __slots__ = ()

    def _netloc_fields(self):
        """(username, password, hostname, port text): None for what the netloc lacks."""
        netloc = self.netloc
        at = netloc.rfind('@')
        username = password = None
        if at >= 0:
            # Credentials run up to the last '@'; the first ':' in them starts the password.
            credentials, netloc = netloc[:at], netloc[at + 1:]
            colon = credentials.find(':')
            if colon < 0:
                username = credentials
            else:
                username, password = credentials[:colon], credentials[colon + 1:]
        opening = netloc.find('[')
        if opening >= 0:
            # An IPv6 literal: the host is what the brackets hold, the port follows ']:'.
            inside = netloc[opening + 1:]
            closing = inside.find(']')
            host, after = (inside, '') if closing < 0 else (inside[:closing], inside[closing + 1:])
            colon = after.find(':')
            port = after[colon + 1:] if colon >= 0 else ''
        else:
            colon = netloc.find(':')
            host, port = (netloc, '') if colon < 0 else (netloc[:colon], netloc[colon + 1:])
        return username, password, host, port or None

    @property
    def username(self):
        return self._netloc_fields()[0]

    @property
    def password(self):
        return self._netloc_fields()[1]

    @property
    def hostname(self):
        host = self._netloc_fields()[2]
        if not host:
            return None
        # An IPv6 address keeps its zone id's case; everything else is lowered.
        if ':' in host:
            address, percent, zone = host.partition('%')
            return address.lower() + percent + zone
        return host.lower()

    @property
    def port(self):
        text = self._netloc_fields()[3]
        if text is None:
            return None
        # int() would also take spaces, signs, underscores and non-ASCII digits: refuse those.
        if not (text.isascii() and text.isdigit()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number


class DefragResult(namedtuple('DefragResult', 'url fragment')):
    __slots__ = ()

    def geturl(self):
        return f'{self.url}#{self.fragment}' if self.fragment else self.url


class SplitResult(namedtuple('SplitResult', 'scheme netloc path query fragment'), _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple('ParseResult', 'scheme netloc path params query fragment'), _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _check_str(*parts):
    # CPython's _coerce_args: the first argument decides; a later one that is set and of the
    # other kind is a TypeError; non-str arguments are decoded (an int has no decode()).
    str_input = isinstance(parts[0], str)
    for p in parts[1:]:
        if p and isinstance(p, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if not str_input:
        for p in parts:
            if p:
                p.decode
        raise NotImplementedError("tpy's urllib.parse takes str URLs only, not bytes")


def _split_netloc(url, start=0):
    """The network location from `start` to the first '/', '?' or '#', and the rest."""
    end = len(url)
    for c in '/?#':
        i = url.find(c, start)
        if i >= 0:
            end = min(end, i)
    return url[start:end], url[end:]


def _check_netloc_brackets(netloc):
    if ('[' in netloc and ']' not in netloc) or (']' in netloc and '[' not in netloc):
        raise ValueError("Invalid IPv6 URL")
    if '[' in netloc:
        _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])


def _check_bracketed_host(host):
    """What may stand in brackets: an IPv6 address, or an IPvFuture one (v<hex>.<text>)."""
    if host.startswith('v'):
        version, dot, rest = host[1:].partition('.')
        if not (version and dot and rest and all(c in '0123456789abcdefABCDEF' for c in version)):
            raise ValueError("IPvFuture address is invalid")
        return
    import ipaddress
    if isinstance(ipaddress.ip_address(host), ipaddress.IPv4Address):
        raise ValueError("An IPv4 address cannot be in brackets")


def _check_netloc_normalization(netloc):
    """Refuses a netloc whose NFKC form gains a URL delimiter ('\uff03' becomes '#'), which
    would split differently once a later consumer normalises it."""
    if netloc.isascii():
        return
    # Delimiters that are there already do not count.
    plain = netloc
    for c in '@:#?':
        plain = plain.replace(c, '')
    import unicodedata
    normalized = unicodedata.normalize('NFKC', plain)
    if normalized != plain and any(c in normalized for c in '/?#@:'):
        raise ValueError(f"netloc '{netloc}' contains invalid characters under NFKC normalization")


def _scheme_length(url):
    """The length of the scheme url starts with (before its ':'), or 0 if it has none: a
    letter, then letters, digits, '+', '-' or '.'."""
    colon = url.find(':')
    if colon <= 0 or not (url[0].isascii() and url[0].isalpha()):
        return 0
    for char in url[1:colon]:
        if char not in scheme_chars:
            return 0
    return colon


def urlsplit(url, scheme='', allow_fragments=True):
    """Splits a URL into 5 parts: scheme://netloc/path?query#fragment."""
    _check_str(url, scheme)
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for char in _REMOVED_ANYWHERE:
        url = url.replace(char, '')
        scheme = scheme.replace(char, '')
    length = _scheme_length(url)
    if length:
        scheme, url = url[:length].lower(), url[length + 1:]
    netloc = ''
    if url.startswith('//'):
        netloc, url = _split_netloc(url, 2)
        _check_netloc_brackets(netloc)
        _check_netloc_normalization(netloc)
    fragment = ''
    if allow_fragments:
        url, _, fragment = url.partition('#')
    path, _, query = url.partition('?')
    return SplitResult(scheme, netloc, path, query, fragment)


def _split_params(path):
    """The path and its ;params: those of the last segment when there are segments."""
    semicolon = path.find(';', path.rfind('/') + 1)
    if semicolon < 0:
        return path, ''
    return path[:semicolon], path[semicolon + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Splits a URL into 6 parts: scheme://netloc/path;params?query#fragment."""
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params:
        path, params = _split_params(path)
    return ParseResult(scheme, netloc, path, params, query, fragment)


def urlunsplit(components):
    """The URL of a urlsplit() tuple (which may differ from the original, but equivalently)."""
    scheme, netloc, path, query, fragment = components
    _check_str(scheme, netloc, path, query, fragment)
    # A netloc is written whenever there is one, and for schemes that always have one
    # (then empty: 'file:///x'), unless the path already starts with '//'.
    if netloc or (scheme and scheme in uses_netloc and not path.startswith('//')):
        if path and not path.startswith('/'):
            path = '/' + path
        path = '//' + (netloc or '') + path
    pieces = [scheme, ':', path] if scheme else [path]
    if query:
        pieces += ('?', query)
    if fragment:
        pieces += ('#', fragment)
    return ''.join(pieces)


def urlunparse(components):
    """The URL of a urlparse() tuple."""
    scheme, netloc, path, params, query, fragment = components
    _check_str(scheme, netloc, path, params, query, fragment)
    if params:
        path = f'{path};{params}'
    return urlunsplit((scheme, netloc, path, query, fragment))


def urljoin(base, url, allow_fragments=True):
    """An absolute URL from a base URL and a possibly relative one (RFC 3986 section 5.2)."""
    _check_str(base, url)
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme not in uses_relative or scheme != bscheme:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        path, params = bpath, bparams
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, path, params, query, fragment))

    base_segments = bpath.split('/')
    if base_segments[-1] != '':
        # The base's last segment is a file name: a relative path replaces it.
        del base_segments[-1]
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_segments + path.split('/')
        # Empty segments in the middle (a//b) are dropped, the ends kept.
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] == '.' or segments[-1] == '..':
        # A path ending in a dot segment names a directory.
        resolved.append('')
    return urlunparse((scheme, netloc, '/'.join(resolved) or '/', params, query, fragment))


def urldefrag(url):
    """The URL without its fragment, and the fragment."""
    if '#' not in url:
        return DefragResult(url, '')
    *kept, fragment = urlparse(url)
    return DefragResult(urlunparse((*kept, '')), fragment)


# ---------------------------------------------------------------- %-quoting

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_HEX = '0123456789ABCDEF'


def quote_from_bytes(bs, safe='/'):
    """bytes as %XX-quoted text, the bytes in `safe` (and letters, digits, _.-~) left as they are."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    keep = _ALWAYS_SAFE.union(safe)
    out = []
    for b in bs:
        if b in keep:
            out.append(chr(b))
        else:
            out.append('%' + _HEX[b >> 4] + _HEX[b & 15])
    return ''.join(out)


def quote(string, safe='/', encoding=None, errors=None):
    """%-quotes a str (encoded as UTF-8 unless `encoding` says) or bytes for a URL."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """As quote(), with spaces as '+' (HTML form values); '/' is quoted by default."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = ' '
    else:
        space = b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def unquote_to_bytes(string):
    """The bytes of a %-quoted string; a % not followed by two hex digits stays as it is."""
    if not string:
        if isinstance(string, str):
            return b''
        return bytes(string)
    if isinstance(string, str):
        string = string.encode('utf-8')
    out = bytearray()
    i = 0
    n = len(string)
    hexdigits = b'0123456789abcdefABCDEF'
    while i < n:
        b = string[i]
        if b == 37 and i + 2 < n and string[i + 1] in hexdigits and string[i + 2] in hexdigits:
            out.append(int(string[i + 1:i + 3], 16))
            i += 3
        else:
            out.append(b)
            i += 1
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replaces %XX escapes: runs of them are decoded together (UTF-8, undecodable bytes as U+FFFD)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Text between escapes stays text; each run of escapes becomes bytes, then text.
    parts = string.split('%')
    out = [parts[0]]
    pending = bytearray()
    hexdigits = '0123456789abcdefABCDEF'
    for part in parts[1:]:
        if len(part) >= 2 and part[0] in hexdigits and part[1] in hexdigits:
            pending.append(int(part[:2], 16))
            rest = part[2:]
            if rest:
                out.append(bytes(pending).decode(encoding, errors))
                pending = bytearray()
                out.append(rest)
        else:
            if pending:
                out.append(bytes(pending).decode(encoding, errors))
                pending = bytearray()
            out.append('%' + part)
    if pending:
        out.append(bytes(pending).decode(encoding, errors))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """As unquote(), with '+' read as a space (HTML form values)."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


# ---------------------------------------------------------------- query strings

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """A query string's (name, value) pairs, in order."""
    if not qs:
        return []
    if isinstance(qs, (bytes, bytearray)):
        qs = qs.decode('ascii')
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(separator, bytes):
        separator = separator.decode('ascii')
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator)
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')
    r = []
    for name_value in qs.split(separator):
        if not name_value and not strict_parsing:
            continue
        nv = name_value.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (name_value,))
            if keep_blank_values:
                nv.append('')
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = unquote(nv[0].replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(nv[1].replace('+', ' '), encoding=encoding, errors=errors)
            r.append((name, value))
    return r


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """A query string as a dict of lists of values."""
    parsed_result = {}
    pairs = parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding, errors=errors,
                      max_num_fields=max_num_fields, separator=separator)
    for name, value in pairs:
        if name in parsed_result:
            parsed_result[name].append(value)
        else:
            parsed_result[name] = [value]
    return parsed_result


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A query string from a mapping or a sequence of pairs; with doseq, a sequence value gives one pair each."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err

    def q(v):
        if isinstance(v, bytes):
            return quote_via(v, safe)
        return quote_via(v if isinstance(v, str) else str(v), safe, encoding, errors)

    out = []
    for k, v in query:
        k = q(k)
        if not doseq or isinstance(v, (str, bytes)):
            out.append(k + '=' + q(v))
            continue
        try:
            len(v)
        except TypeError:
            out.append(k + '=' + q(v))
        else:
            for elt in v:
                out.append(k + '=' + q(elt))
    return '&'.join(out)


def clear_cache():
    """Clear internal performance caches (tpy's urllib.parse keeps none)."""


# unwrap and the split*() functions deprecated since 3.8: in a file of their own.
from _urllib_parse_legacy import (unwrap, to_bytes, splittype, splithost, splituser, splitpasswd,
                                  splitport, splitnport, splitquery, splittag, splitattr,
                                  splitvalue, _splittype, _splithost, _splituser, _splitpasswd,
                                  _splitport, _splitnport, _splitquery, _splittag, _splitattr,
                                  _splitvalue, _to_bytes)
