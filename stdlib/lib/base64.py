"""base64 for tpy: the base16, base32 and base64 encodings of RFC 4648, and base85.

The base64 and hex work is done by the native binascii; base32, base85 and Ascii85 are
written here; main() is the command line (`tpy -m base64`).
"""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']


# --- What the functions accept ------------------------------------------------------------

def _text_or_bytes(value):
    """A decoder's input as bytes: an ASCII str, or anything bytes-like (memoryview, array)."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str):
        try:
            return value.encode('ascii')
        except UnicodeEncodeError:
            # Raised inside the handler, as CPython does: the encode error stays its __context__.
            raise ValueError('string argument should contain only ASCII characters')
    try:
        return memoryview(value).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % type(value).__name__) from None


def _binary(value):
    """An encoder's input as bytes: anything a memoryview can view (hence the message)."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    return memoryview(value).tobytes()


def _two_chars(altchars):
    # CPython asserts this (so `python -O` skips it); the message is the repr.
    assert len(altchars) == 2, repr(altchars)
    return altchars


# --- Base64: RFC 4648 sections 4 and 5 (binascii does the work) ---------------------------

_STANDARD_PAIR = b'+/'
_URLSAFE_PAIR = b'-_'
_to_urlsafe = bytes.maketrans(_STANDARD_PAIR, _URLSAFE_PAIR)
_from_urlsafe = bytes.maketrans(_URLSAFE_PAIR, _STANDARD_PAIR)


def b64encode(s, altchars=None):
    """Base64 of the bytes-like s; altchars (2 bytes) replaces '+' and '/'."""
    text = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return text
    return text.translate(bytes.maketrans(_STANDARD_PAIR, _two_chars(altchars)))


def b64decode(s, altchars=None, validate=False):
    """The bytes of Base64 data. Characters outside the alphabet are skipped unless validate
    is true, which also insists on correct padding (binascii.Error otherwise)."""
    data = _text_or_bytes(s)
    if altchars is not None:
        pair = _two_chars(_text_or_bytes(altchars))
        data = data.translate(bytes.maketrans(pair, _STANDARD_PAIR))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Base64 with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decodes Base64 with the standard alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' in place of '+' and '/'."""
    return b64encode(s).translate(_to_urlsafe)


def urlsafe_b64decode(s):
    """Decodes URL-safe Base64 ('+' and '/' are still accepted)."""
    return b64decode(_text_or_bytes(s).translate(_from_urlsafe))


# --- Base32: RFC 4648 sections 6 and 7 ----------------------------------------------------

class _Base32:
    """One base32 alphabet: 5 bytes <-> 8 characters, the last group padded with '='."""

    # '=' count at the end of the last group, by the bytes it holds (index 0: a full group).
    PAD_FOR_BYTES = (0, 6, 4, 3, 1)
    # ...and the other way: bytes kept from the last group, by its '=' count.
    BYTES_FOR_PAD = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}

    def __init__(self, alphabet):
        self.alphabet = alphabet
        self.values = {char: value for value, char in enumerate(alphabet)}

    def encode(self, raw):
        raw = _binary(raw)
        digits = self.alphabet
        out = bytearray()
        for start in range(0, len(raw), 5):
            chunk = raw[start:start + 5]
            bits = int.from_bytes(chunk.ljust(5, b'\0'), 'big')
            out += bytes(digits[(bits >> shift) & 0x1f] for shift in range(35, -5, -5))
            pad = self.PAD_FOR_BYTES[len(chunk) % 5]
            if pad:
                out[-pad:] = b'=' * pad
        return bytes(out)

    def decode(self, text, casefold=False, map01=None):
        text = _text_or_bytes(text)
        if len(text) % 8:
            raise binascii.Error('Incorrect padding')
        if map01 is not None:
            one = _text_or_bytes(map01)
            assert len(one) == 1, repr(one)
            # '0' can only ever mean the letter O; '1' is I or L, as the caller says.
            text = text.translate(bytes.maketrans(b'01', b'O' + one))
        if casefold:
            text = text.upper()
        body = text.rstrip(b'=')
        pad = len(text) - len(body)
        values = self.values
        out = bytearray()
        for start in range(0, len(text), 8):
            bits = 0
            for char in body[start:start + 8]:
                value = values.get(char)
                if value is None:
                    raise binascii.Error('Non-base32 digit found')
                bits = (bits << 5) | value
            # The group's '=' stand for zero bits.
            bits <<= 5 * (8 - len(body[start:start + 8]))
            out += bits.to_bytes(5, 'big')
        if pad:
            kept = self.BYTES_FOR_PAD.get(pad)
            if kept is None:
                raise binascii.Error('Incorrect padding')
            del out[len(out) - 5 + kept:]
        return bytes(out)


_base32 = _Base32(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
_base32hex = _Base32(b'0123456789ABCDEFGHIJKLMNOPQRSTUV')


def b32encode(s):
    """Base32 of the bytes-like s."""
    return _base32.encode(s)


def b32decode(s, casefold=False, map01=None):
    """The bytes of Base32 data; casefold accepts lowercase, map01 says what '1' stands for
    ('I' or 'L'; '0' is always 'O')."""
    return _base32.decode(s, casefold, map01)


def b32hexencode(s):
    """Base32 with the extended hex alphabet."""
    return _base32hex.encode(s)


def b32hexdecode(s, casefold=False):
    """Decodes Base32 with the extended hex alphabet."""
    return _base32hex.decode(s, casefold)


# --- Base16: RFC 4648 section 8 (uppercase hex) -------------------------------------------

_HEX_DIGITS = b'0123456789ABCDEF'


def b16encode(s):
    """Base16 (uppercase hex) of the bytes-like s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """The bytes of Base16 data; lowercase digits only with casefold."""
    text = _text_or_bytes(s)
    if casefold:
        text = text.upper()
    # Whatever survives deleting the digits is not one (unhexlify would accept lowercase).
    if text.translate(None, _HEX_DIGITS):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(text)


# --- Base85, with the character set of git and Mercurial binary diffs ----------------------

_B85_DIGITS = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
               b'!#$%&()*+-;<=>?@^_`{|}~')
_b85_value_of = {char: value for value, char in enumerate(_B85_DIGITS)}
_POWERS_OF_85 = (85 ** 4, 85 ** 3, 85 ** 2, 85, 1)


def b85encode(b, pad=False):
    """Base85 of the bytes-like b: four bytes become five characters; pad keeps the
    characters the zero padding of the last group adds."""
    raw = _binary(b)
    missing = -len(raw) % 4
    raw += bytes(missing)
    digits = _B85_DIGITS
    out = bytearray()
    for start in range(0, len(raw), 4):
        word = int.from_bytes(raw[start:start + 4], 'big')
        out += bytes(digits[word // power % 85] for power in _POWERS_OF_85)
    if missing and not pad:
        del out[-missing:]
    return bytes(out)


def b85decode(b):
    """The bytes of Base85 data (ValueError for a character outside the alphabet)."""
    text = _text_or_bytes(b)
    # A short last group is completed with the highest digit, then as many bytes dropped.
    missing = -len(text) % 5
    text += b'~' * missing
    value_of = _b85_value_of
    out = bytearray()
    for start in range(0, len(text), 5):
        word = 0
        for offset, char in enumerate(text[start:start + 5]):
            value = value_of.get(char)
            if value is None:
                raise ValueError('bad base85 character at position %d' % (start + offset))
            word = word * 85 + value
        if word >> 32:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += word.to_bytes(4, 'big')
    if missing:
        del out[-missing:]
    return bytes(out)


# --- Ascii85, as btoa and Adobe's PostScript/PDF use it ------------------------------------

_A85_START = b'<~'
_A85_END = b'~>'
_A85_FIRST = 33          # '!' is digit 0, 'u' (117) digit 84
_A85_LAST = _A85_FIRST + 84
_ALL_ZERO = b'z'         # four zero bytes in one character
_ALL_SPACE = b'y'        # four spaces in one character (btoa's foldspaces)


def _a85_group(word):
    digits = bytearray(5)
    for at in range(4, -1, -1):
        word, digit = divmod(word, 85)
        digits[at] = _A85_FIRST + digit
    return bytes(digits)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 of the bytes-like b: four bytes become five characters from '!' to 'u';
    an all-zero group is 'z' (and four spaces 'y' with foldspaces); wrapcol breaks the text
    into lines; adobe frames it in <~ ~>."""
    raw = _binary(b)
    missing = -len(raw) % 4
    raw += bytes(missing)
    groups = []
    for start in range(0, len(raw), 4):
        word = int.from_bytes(raw[start:start + 4], 'big')
        if word == 0:
            groups.append(_ALL_ZERO)
        elif foldspaces and word == 0x20202020:
            groups.append(_ALL_SPACE)
        else:
            groups.append(_a85_group(word))
    if missing and not pad:
        # A short last group is written in full and cut, so it cannot stay a 'z'.
        groups[-1] = _a85_group(int.from_bytes(raw[-4:], 'big'))[:-missing]
    text = b''.join(groups)
    if adobe:
        text = _A85_START + text
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [text[at:at + width] for at in range(0, len(text), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')   # the closing '~>' goes on a line of its own
        text = b'\n'.join(lines)
    if adobe:
        text += _A85_END
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """The bytes of Ascii85 text; characters in ignorechars are skipped; adobe requires the
    closing '~>' (the opening '<~' is optional)."""
    text = _text_or_bytes(b)
    if adobe:
        if not text.endswith(_A85_END):
            raise ValueError('Ascii85 encoded byte sequences must end with %r' % _A85_END)
        text = text[2:-2] if text.startswith(_A85_START) else text[:-2]
    out = bytearray()
    group = []
    # A short last group is completed with the highest digit, then as many bytes dropped.
    for char in text + b'u' * 4:
        if _A85_FIRST <= char <= _A85_LAST:
            group.append(char - _A85_FIRST)
            if len(group) == 5:
                word = 0
                for digit in group:
                    word = word * 85 + digit
                if word >> 32:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                group.clear()
        elif char == _ALL_ZERO[0]:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += bytes(4)
        elif foldspaces and char == _ALL_SPACE[0]:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif char in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % char)
    unused = 4 - len(group)
    if unused:
        del out[-unused:]
    return bytes(out)


# --- The MIME flavour: lines of at most 76 characters, and file-to-file helpers -----------

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _require_bytes(value):
    """The MIME functions take a bytes-like object of single-byte items, in one dimension."""
    if isinstance(value, (bytes, bytearray)):
        return
    try:
        view = memoryview(value)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % type(value).__name__) from err
    if view.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (view.format, type(value).__name__))
    if view.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s"
                        % (view.ndim, type(value).__name__))


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending in a newline."""
    _require_bytes(s)
    step = MAXBINSIZE
    return b''.join([binascii.b2a_base64(s[at:at + step]) for at in range(0, len(s), step)])


def decodebytes(s):
    """The bytes of Base64 lines."""
    _require_bytes(s)
    return binascii.a2b_base64(s)


def _read_line_worth(stream):
    """Up to MAXBINSIZE bytes: short reads are topped up, so only the last line is short."""
    chunk = stream.read(MAXBINSIZE)
    while chunk and len(chunk) < MAXBINSIZE:
        more = stream.read(MAXBINSIZE - len(chunk))
        if not more:
            break
        chunk += more
    return chunk


def encode(input, output):
    """Encodes the binary file `input` into the binary file `output`, in 76-character lines."""
    chunk = _read_line_worth(input)
    while chunk:
        output.write(binascii.b2a_base64(chunk))
        chunk = _read_line_worth(input)


def decode(input, output):
    """Decodes the Base64 lines of the binary file `input` into the binary file `output`."""
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))


# --- The command line: python -m base64 [-h|-d|-e|-u|-t] [file|-] ------------------------------

def main():
    """Encodes (or with -d/-u decodes) a file, or standard input, to standard output."""
    import sys, getopt
    usage = """usage: %s [-h|-d|-e|-u|-t] [file|-]
        -h: print this help message and exit
        -d, -u: decode
        -e: encode (default)
        -t: encode and decode string 'Aladdin:open sesame'""" % sys.argv[0]
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hdeut')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print(usage)
        sys.exit(2)
    func = encode
    for o, a in opts:
        if o == '-e': func = encode
        if o == '-d': func = decode
        if o == '-u': func = decode
        if o == '-t': test(); return
        if o == '-h': print(usage); return
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            func(f, sys.stdout.buffer)
    else:
        func(sys.stdin.buffer, sys.stdout.buffer)


def test():
    """-t: a round trip of a sample string."""
    s0 = b"Aladdin:open sesame"
    print(repr(s0))
    s1 = encodebytes(s0)
    print(repr(s1))
    s2 = decodebytes(s1)
    print(repr(s2))
    assert s0 == s2


if __name__ == '__main__':
    main()
