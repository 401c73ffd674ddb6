"""Character sets as email sees them: how each is encoded in headers and in bodies."""

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

from email import errors

QP = 1          # quoted-printable
BASE64 = 2
SHORTEST = 3    # whichever of QP and base64 is shorter (headers only)

RFC2047_CHROME_LEN = 7      # len('=?') + len('?q?') + len('?=')
DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

# name -> (header encoding, body encoding, charset to convert to)
CHARSETS = {name: (QP, QP, None) for name in (
    'iso-8859-1', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-9', 'iso-8859-10',
    'iso-8859-13', 'iso-8859-14', 'iso-8859-15', 'iso-8859-16', 'windows-1252', 'viscii')}
CHARSETS.update({
    'us-ascii': (None, None, None),
    'big5': (BASE64, BASE64, None),
    'gb2312': (BASE64, BASE64, None),
    'euc-jp': (BASE64, None, 'iso-2022-jp'),
    'shift_jis': (BASE64, None, 'iso-2022-jp'),
    'iso-2022-jp': (BASE64, None, None),
    'koi8-r': (BASE64, BASE64, None),
    'utf-8': (SHORTEST, BASE64, 'utf-8'),
})

ALIASES = {}
for _n, _target in ((1, 1), (2, 2), (3, 3), (4, 4), (5, 9), (6, 10), (7, 13), (8, 14), (9, 15), (10, 16)):
    ALIASES['latin_%d' % _n] = ALIASES['latin-%d' % _n] = 'iso-8859-%d' % _target
del _n, _target
ALIASES.update({'cp949': 'ks_c_5601-1987', 'euc_jp': 'euc-jp', 'euc_kr': 'euc-kr',
                'ascii': 'us-ascii'})

# Charsets whose Python codec has another name; None means "no conversion at all".
CODEC_MAP = {'gb2312': 'eucgb2312_cn', 'big5': 'big5_tw', 'us-ascii': None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Register how `charset` is encoded in headers and bodies."""
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    """Make `alias` another name of the charset `canonical`."""
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    """Name the Python codec that converts `charset`."""
    CODEC_MAP[charset] = codecname


def _to_bytes(text, codec):
    if codec == UNKNOWN8BIT:
        return text.encode('ascii', 'surrogateescape')
    return text.encode(codec)


class Charset:
    """What a character set needs in a message: its header and body encodings,
    the charset it is converted to on output, and the codecs for both."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                input_charset.encode('ascii')
            else:
                input_charset = str(input_charset, 'ascii')
        except UnicodeError:
            raise errors.CharsetError(input_charset)
        name = input_charset.lower()
        self.input_charset = name = ALIASES.get(name, name)
        henc, benc, conv = CHARSETS.get(name, (SHORTEST, BASE64, None))
        conv = conv or name
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(name, name)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def get_body_encoding(self):
        """'quoted-printable', 'base64', or a function that sets the message's
        Content-Transfer-Encoding itself (encode_7or8bit)."""
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        from email.encoders import encode_7or8bit
        return encode_7or8bit

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def _get_encoder(self, header_bytes):
        import email.base64mime as b64
        import email.quoprimime as qp
        kind = self.header_encoding
        if kind == BASE64:
            return b64
        if kind == QP:
            return qp
        if kind == SHORTEST:
            return b64 if b64.header_length(header_bytes) < qp.header_length(header_bytes) else qp
        return None

    def header_encode(self, string):
        """`string` as one RFC 2047 encoded word (or unchanged if this charset needs none)."""
        codec = self.output_codec or 'us-ascii'
        raw = _to_bytes(string, codec)
        encoder = self._get_encoder(raw)
        if encoder is None:
            return string
        return encoder.header_encode(raw, codec)

    def header_encode_lines(self, string, maxlengths):
        """`string` as encoded words, each fitting the next length from the iterator
        `maxlengths` (chrome not counted)."""
        codec = self.output_codec or 'us-ascii'
        encoder = self._get_encoder(_to_bytes(string, codec))
        chrome = len(self.get_output_charset()) + RFC2047_CHROME_LEN
        words = []
        limit = next(maxlengths) - chrome
        start = 0
        for end in range(1, len(string) + 1):
            size = encoder.header_length(_to_bytes(string[start:end], self.get_output_charset()))
            if size > limit:
                if not words and end - 1 == start:
                    words.append(None)
                else:
                    words.append(encoder.header_encode(_to_bytes(string[start:end - 1], codec), codec))
                start = end - 1
                limit = next(maxlengths) - chrome
        words.append(encoder.header_encode(_to_bytes(string[start:], codec), codec))
        return words

    def body_encode(self, string):
        """The body text encoded as this charset's body encoding says."""
        if not string:
            return string
        if self.body_encoding is BASE64:
            import email.base64mime
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return email.base64mime.body_encode(string)
        if self.body_encoding is QP:
            import email.quoprimime
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return email.quoprimime.body_encode(string.decode('latin1'))
        if isinstance(string, str):
            string = string.encode(self.output_charset).decode('ascii')
        return string
_encode = _to_bytes
