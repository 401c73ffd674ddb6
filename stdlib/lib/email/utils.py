"""Helpers for addresses, dates, message ids and RFC 2231 parameters."""

__all__ = [
    'collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231',
    'formataddr', 'formatdate', 'format_datetime', 'getaddresses', 'make_msgid',
    'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime',
    'unquote', 'localtime', 'quote',
]

import os
import re
import time
import datetime
import urllib.parse

from email._parseaddr import quote
from email._parseaddr import AddressList as _AddressList
from email._parseaddr import mktime_tz
from email._parseaddr import parsedate, parsedate_tz, _parsedate_tz
from email.charset import Charset

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[\\"]')


def _has_surrogates(s):
    """True if `s` carries bytes smuggled in as surrogate escapes."""
    try:
        s.encode()
    except UnicodeEncodeError:
        return True
    return False


def _sanitize(string):
    """Smuggled bytes decoded as UTF-8 where they can be, '\ufffd' where not."""
    return string.encode('utf-8', 'surrogateescape').decode('utf-8', 'replace')


def formataddr(pair, charset='utf-8'):
    """(name, address) -> 'name <address>': the name quoted if it needs it, or an
    encoded word in `charset` if it is not ASCII."""
    name, address = pair
    address.encode('ascii')             # a non-ASCII address is an error
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        if isinstance(charset, str):
            charset = Charset(charset)
        return "%s <%s>" % (charset.header_encode(name), address)
    quotes = '"' if specialsre.search(name) else ''
    return '%s%s%s <%s>' % (quotes, escapesre.sub(r'\\\g<0>', name), quotes, address)


def getaddresses(fieldvalues):
    """[(name, address)] for every address in the given header values."""
    return _AddressList(COMMASPACE.join(str(v) for v in fieldvalues)).addresslist


def parseaddr(addr):
    """(name, address) of the first address in `addr`, ('', '') if there is none."""
    found = _AddressList(addr).addresslist
    return found[0] if found else ('', '')


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[timetuple[6]], timetuple[2], _MONTHS[timetuple[1] - 1],
        timetuple[0], timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date for a timestamp (now by default): in UTC as '-0000', in
    local time with its offset, or in UTC as 'GMT' (usegmt)."""
    if timeval is None:
        timeval = time.time()
    if localtime or usegmt:
        dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    else:
        dt = datetime.datetime.utcfromtimestamp(timeval)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date for a datetime: a naive one is '-0000'; usegmt needs UTC."""
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(dt.timetuple(), zone)


def make_msgid(idstring=None, domain=None):
    """'<time.pid.random[.idstring]@domain>', unique enough for a Message-ID."""
    import random
    stamp = int(time.time() * 100)
    suffix = '' if idstring is None else '.' + idstring
    if domain is None:
        import socket
        domain = socket.getfqdn()
    return '<%d.%d.%d%s@%s>' % (stamp, os.getpid(), random.getrandbits(64), suffix, domain)


def parsedate_to_datetime(data):
    """An RFC 2822 date as a datetime, naive if the zone was '-0000'."""
    parsed = _parsedate_tz(data)
    if parsed is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *fields, offset = parsed
    if offset is None:
        return datetime.datetime(*fields[:6])
    return datetime.datetime(*fields[:6],
                             tzinfo=datetime.timezone(datetime.timedelta(seconds=offset)))


def unquote(str):
    """Strip one pair of double quotes (undoing backslash pairs) or angle brackets."""
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str


def decode_rfc2231(s):
    """"charset'language'text" -> (charset, language, text); (None, None, s) otherwise."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """`s` percent-encoded in `charset`, with the charset'language' prefix if either is given."""
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or '', s)


rfc2231_continuation = re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$', 256)  # re.ASCII, as an int: re's flags would import enum


def decode_params(params):
    """Join RFC 2231 continuations (name*0, name*1...) and decode extended values
    (name*=charset'lang'text) of a [(name, value)] list; the first pair is kept as is."""
    out = [params[0]]
    continued = {}
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        m = rfc2231_continuation.match(name)
        if m:
            base, num = m.group('name', 'num')
            continued.setdefault(base, []).append((None if num is None else int(num), value, encoded))
        else:
            out.append((name, '"%s"' % quote(value)))
    for name, pieces in continued.items():
        pieces.sort(key=lambda p: (p[0] is not None, p[0] or 0))
        extended = False
        texts = []
        for num, text, encoded in pieces:
            if encoded:
                text = urllib.parse.unquote(text, encoding="latin-1")
                extended = True
            texts.append(text)
        value = quote(EMPTYSTRING.join(texts))
        if extended:
            charset, language, value = decode_rfc2231(value)
            out.append((name, (charset, language, '"%s"' % value)))
        else:
            out.append((name, '"%s"' % value))
    return out


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    """A parameter value as text: a (charset, language, text) triple decoded."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, _language, text = value
    if charset is None:
        charset = fallback_charset
    raw = bytes(text, 'raw-unicode-escape')
    try:
        return str(raw, charset, errors)
    except LookupError:
        return unquote(text)


def localtime(dt=None, isdst=-1):
    """`dt` (now by default) as an aware datetime in the local zone."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    seconds = time.mktime(dt.timetuple()[:-1] + (isdst,))
    local = time.localtime(seconds)
    zone = datetime.timezone(datetime.timedelta(seconds=local.tm_gmtoff), local.tm_zone)
    return dt.replace(tzinfo=zone)
