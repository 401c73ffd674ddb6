"""base64 for tpy: the base16, base32 and base64 encodings of RFC 4648, and base85.

The base64 and hex work is done by the native binascii; base32 and base85 are written here.
Not provided: Ascii85 (a85encode/a85decode) and the command-line interface.
"""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']


def _bytes_from_decode_data(s):
    """What the decoders accept: ASCII str, or anything bytes-like."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, "
                    "not %r" % s.__class__.__name__) from None


def _bytes_like(s):
    """What the base32 and base85 encoders accept (CPython reads them through a memoryview)."""
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("memoryview: a bytes-like object is required, not %r" % type(s).__name__)
    return bytes(s)


# Base64: RFC 4648 section 4, and the URL- and filename-safe alphabet of section 5.

def b64encode(s, altchars=None):
    """Base64 of the bytes-like s; altchars (2 bytes) replaces '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes of Base64 data. Characters outside the alphabet are skipped unless validate
    is true, which also insists on correct padding (binascii.Error otherwise)."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Base64 with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decodes Base64 with the standard alphabet."""
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' in place of '+' and '/'."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Decodes URL-safe Base64 ('+' and '/' are still accepted)."""
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode_translation)
    return b64decode(s)


# Base32: RFC 4648 section 6, and the "extended hex" alphabet of section 7.

_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# How many '=' end the last group, by how many bytes are left for it (0 to 4).
_B32_PADDING = [0, 6, 4, 3, 1]
# How many bytes the last group holds, by how many '=' end it.
_B32_TAIL = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    s = _bytes_like(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = len(chunk)
        value = int.from_bytes(chunk + bytes(5 - n), 'big')
        group = bytes(alphabet[(value >> shift) & 31] for shift in range(35, -1, -5))
        pad = _B32_PADDING[n % 5]
        out += group[:8 - pad] + b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    padchars = len(s) - len(stripped)
    out = bytearray()
    for i in range(0, len(s), 8):
        value = 0
        for j in range(i, i + 8):
            if j >= len(stripped):  # the padding that ends the last group
                value <<= 5
                continue
            digit = alphabet.find(s[j:j + 1])
            if digit < 0:
                raise binascii.Error('Non-base32 digit found')
            value = (value << 5) | digit
        out += value.to_bytes(5, 'big')
    if padchars:
        if padchars not in _B32_TAIL:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - 5 + _B32_TAIL[padchars]:]
    return bytes(out)


def b32encode(s):
    """Base32 of the bytes-like s."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes of Base32 data; casefold accepts lowercase, map01 says what '1' stands for
    ('I' or 'L'; '0' is always 'O')."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """Base32 with the extended hex alphabet."""
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    """Decodes Base32 with the extended hex alphabet."""
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


# Base16: RFC 4648 section 8 (uppercase hex).

_B16_DIGITS = b'0123456789ABCDEF'


def b16encode(s):
    """Base16 (uppercase hex) of the bytes-like s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """The bytes of Base16 data; lowercase digits only with casefold."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in _B16_DIGITS:
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# Base85 with the character set of git and Mercurial binary diffs.

_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85_values = None


def b85encode(b, pad=False):
    """Base85 of the bytes-like b: four bytes become five characters; pad keeps the
    characters the zero padding of the last group adds."""
    b = _bytes_like(b)
    padding = -len(b) % 4
    data = b + bytes(padding)
    out = bytearray()
    for i in range(0, len(data), 4):
        value = int.from_bytes(data[i:i + 4], 'big')
        group = bytearray(5)
        for k in range(4, -1, -1):
            value, digit = divmod(value, 85)
            group[k] = _B85_ALPHABET[digit]
        out += group
    if padding and not pad:
        del out[len(out) - padding:]
    return bytes(out)


def b85decode(b):
    """The bytes of Base85 data (ValueError for a character outside the alphabet)."""
    global _b85_values
    if _b85_values is None:
        _b85_values = {c: i for i, c in enumerate(_B85_ALPHABET)}
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        value = 0
        for j, c in enumerate(b[i:i + 5]):
            digit = _b85_values.get(c)
            if digit is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            value = value * 85 + digit
        if value > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += value.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


# The MIME flavour: lines of at most 76 characters, and file-to-file helpers.

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_type_check(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending in a newline."""
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """The bytes of Base64 lines."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encodes the binary file `input` into the binary file `output`, in 76-character lines."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decodes the Base64 lines of the binary file `input` into the binary file `output`."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
