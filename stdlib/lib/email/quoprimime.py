"""Quoted-printable for email: RFC 2047 'Q' encoded words and RFC 2045 bodies."""

__all__ = ['body_decode', 'body_encode', 'body_length', 'decode', 'decodestring',
           'header_decode', 'header_encode', 'header_length', 'quote', 'unquote']

import re
from string import ascii_letters, digits, hexdigits

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''

_ESCAPED = ['=%02X' % b for b in range(256)]

# In a header's Q encoding only these stand for themselves; a space is '_'.
_HEADER_SAFE = frozenset((ascii_letters + digits + '-!*+/').encode('ascii'))
_HEADER_MAP = [chr(b) if b in _HEADER_SAFE else _ESCAPED[b] for b in range(256)]
_HEADER_MAP[0x20] = '_'

# In a body, printable ASCII but '=' stands for itself, and so do space and tab.
_BODY_SAFE = frozenset(b for b in range(256) if (33 <= b <= 126 and b != 0x3D) or b in (9, 32))
_BODY_MAP = [chr(b) if b in _BODY_SAFE else _ESCAPED[b] for b in range(256)]
_BODY_ENCODE_MAP = list(_BODY_MAP)
_BODY_ENCODE_MAP[10] = '\n'
_BODY_ENCODE_MAP[13] = '\r'


def header_check(octet):
    """True if this byte is escaped in a header's Q encoding."""
    return octet not in _HEADER_SAFE and octet != 0x20


def body_check(octet):
    """True if this byte is escaped in a quoted-printable body."""
    return octet not in _BODY_SAFE


def header_length(bytearray):
    """Length of the Q encoding of these bytes (without the =?...?= chrome)."""
    return sum(len(_HEADER_MAP[b]) for b in bytearray)


def body_length(bytearray):
    """Length of the quoted-printable body encoding of these bytes."""
    return sum(len(_BODY_MAP[b]) for b in bytearray)


def unquote(s):
    """'=AB' -> chr(0xAB)."""
    return chr(int(s[1:3], 16))


def quote(c):
    return _ESCAPED[ord(c)]


def header_encode(header_bytes, charset='iso-8859-1'):
    """One 'Q' encoded word holding these bytes."""
    if not header_bytes:
        return ''
    return '=?%s?q?%s?=' % (charset, header_bytes.decode('latin1').translate(_HEADER_MAP))


def _wrap_line(line, width, soft_break, out):
    """Cut one escaped line into pieces of at most `width` characters ending in a
    soft break '=' (never inside an '=XX'), then escape a trailing blank so that
    it survives transport, keeping the last piece within the width."""
    start = 0
    last_start = len(line) - 1 - width   # a piece starting after this is the line's last
    while start <= last_start:
        cut = start + width - 1
        # back off so that an escape is not split by the soft break
        if line[cut - 2] == '=':
            cut -= 1
            out.append(line[start:cut])
            start = cut - 1
        elif line[cut - 1] == '=':
            out.append(line[start:cut])
            start = cut - 1
        else:
            out.append(line[start:cut] + '=')
            start = cut
    if line and line[-1] in ' \t':
        room = start - last_start
        blank = line[-1]
        if room >= 3:
            tail = quote(blank)
        elif room == 2:
            tail = blank + soft_break
        else:
            tail = soft_break + quote(blank)
        out.append(line[start:-1] + tail)
    else:
        out.append(line[start:])


def body_encode(body, maxlinelen=76, eol=NL):
    """Quoted-printable text of `body` (a str of code points below 256), lines of
    at most `maxlinelen` characters joined with `eol`."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    escaped = body.translate(_BODY_ENCODE_MAP)
    out = []
    for line in escaped.splitlines():
        _wrap_line(line, maxlinelen, '=' + eol, out)
    if escaped[-1] in CRLF:
        out.append('')
    return eol.join(out)


def decode(encoded, eol=NL):
    """The text a quoted-printable body holds, lines joined with `eol`."""
    if not encoded:
        return encoded
    pieces = []
    for line in encoded.splitlines():
        line = line.rstrip()
        if not line:
            pieces.append(eol)
            continue
        i, n = 0, len(line)
        while i < n:
            c = line[i]
            if c != '=':
                pieces.append(c)
                i += 1
            elif i + 1 == n:            # a soft line break: no newline
                i += 1
                continue
            elif i + 2 < n and line[i + 1] in hexdigits and line[i + 2] in hexdigits:
                pieces.append(unquote(line[i:i + 3]))
                i += 3
            else:
                pieces.append(c)
                i += 1
            if i == n:
                pieces.append(eol)
    text = ''.join(pieces)
    if encoded[-1] not in '\r\n' and text.endswith(eol):
        text = text[:-1]
    return text


body_decode = decode
decodestring = decode


def header_decode(s):
    """The text of a Q encoded word's payload ('_' is a space, '=XX' a byte)."""
    return re.sub(r'=[a-fA-F0-9]{2}', lambda m: unquote(m.group(0)), s.replace('_', ' '),
                  flags=256)  # re.ASCII, as an int: re's flags would import enum
