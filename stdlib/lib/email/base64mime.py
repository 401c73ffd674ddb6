"""base64 for email: RFC 2047 'B' encoded words and base64 bodies."""

__all__ = ['body_decode', 'body_encode', 'decode', 'decodestring',
           'header_encode', 'header_length']

from base64 import b64encode
from binascii import b2a_base64, a2b_base64

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''
MISC_LEN = 7


def header_length(bytearray):
    """How many characters base64 makes of these bytes."""
    return (len(bytearray) + 2) // 3 * 4


def header_encode(header_bytes, charset='iso-8859-1'):
    """One 'B' encoded word holding `header_bytes` (a str is encoded with `charset` first)."""
    if not header_bytes:
        return ""
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    return '=?%s?b?%s?=' % (charset, b64encode(header_bytes).decode('ascii'))


def body_encode(s, maxlinelen=76, eol=NL):
    """Bytes as base64 lines of at most `maxlinelen` characters, each ended by `eol`."""
    if not s:
        return ""
    step = maxlinelen * 3 // 4
    lines = []
    for at in range(0, len(s), step):
        line = b2a_base64(s[at:at + step]).decode('ascii')
        if eol != NL:
            line = line[:-1] + eol
        lines.append(line)
    return ''.join(lines)


def decode(string):
    """The bytes a base64 text (str or bytes) holds."""
    if not string:
        return bytes()
    if isinstance(string, str):
        string = string.encode('raw-unicode-escape')
    return a2b_base64(string)


body_decode = decode
decodestring = decode
