"""RFC 2047 encoded words (=?charset?q-or-b?text?=) for the new-style header parser."""

__all__ = ['decode_q', 'encode_q', 'decode_b', 'encode_b', 'len_q', 'len_b',
           'decode', 'encode']

import re
import base64
import binascii

from email import errors
from email.quoprimime import _HEADER_MAP

_Q_ESCAPE = re.compile(br'=([a-fA-F0-9]{2})')


def decode_q(encoded):
    """(bytes, defects) of a Q payload."""
    return _Q_ESCAPE.sub(lambda m: bytes.fromhex(m.group(1).decode()),
                         encoded.replace(b'_', b' ')), []


def encode_q(bstring):
    return ''.join(_HEADER_MAP[b] for b in bstring)


def len_q(bstring):
    return sum(len(_HEADER_MAP[b]) for b in bstring)


def decode_b(encoded):
    """(bytes, defects) of a B payload, recovering from bad padding and stray characters."""
    short = len(encoded) % 4
    padding = b'==='[:4 - short] if short else b''
    attempts = (
        (encoded + padding, True, [errors.InvalidBase64PaddingDefect] if short else []),
        (encoded, False, [errors.InvalidBase64CharactersDefect]),
        (encoded + b'==', False, [errors.InvalidBase64CharactersDefect,
                                  errors.InvalidBase64PaddingDefect]),
    )
    for data, validate, defects in attempts:
        try:
            return base64.b64decode(data, validate=validate), [d() for d in defects]
        except binascii.Error:
            pass
    return encoded, [errors.InvalidBase64LengthDefect()]


def encode_b(bstring):
    return base64.b64encode(bstring).decode('ascii')


def len_b(bstring):
    return (len(bstring) + 2) // 3 * 4


_decoders = {'q': decode_q, 'b': decode_b}
_encoders = {'q': encode_q, 'b': encode_b}
_lengths = {'q': len_q, 'b': len_b}


def decode(ew):
    """(text, charset, lang, defects) of one well-formed encoded word."""
    _, charset, cte, payload, _ = ew.split('?')
    charset, _, lang = charset.partition('*')
    raw, defects = _decoders[cte.lower()](payload.encode('ascii', 'surrogateescape'))
    try:
        text = raw.decode(charset)
    except UnicodeDecodeError:
        defects.append(errors.UndecodableBytesDefect(
            f"Encoded word contains bytes not decodable using {charset!r} charset"))
        text = raw.decode(charset, 'surrogateescape')
    except (LookupError, UnicodeEncodeError):
        text = raw.decode('ascii', 'surrogateescape')
        if charset.lower() != 'unknown-8bit':
            defects.append(errors.CharsetError(
                f"Unknown charset {charset!r} in encoded word; decoded as unknown bytes"))
    return text, charset, lang, defects


def encode(string, charset='utf-8', encoding=None, lang=''):
    """One encoded word for `string`; without `encoding`, Q unless B is at least
    five characters shorter."""
    if charset == 'unknown-8bit':
        raw = string.encode('ascii', 'surrogateescape')
    else:
        raw = string.encode(charset)
    if encoding is None:
        encoding = 'q' if len_q(raw) - len_b(raw) < 5 else 'b'
    if lang:
        lang = '*' + lang
    return "=?{}{}?{}?{}?=".format(charset, lang, encoding, _encoders[encoding](raw))
