"""Header values that mix character sets, written as RFC 2047 encoded words."""

__all__ = ['Header', 'decode_header', 'make_header']

import re
import binascii

import email.quoprimime
import email.base64mime
from email.errors import HeaderParseError
from email import charset as _charset

Charset = _charset.Charset

NL = '\n'
SPACE = ' '
BSPACE = b' '
SPACE8 = ' ' * 8
EMPTYSTRING = ''
MAXLINELEN = 78
FWS = ' \t'

USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

# =?charset?q-or-b?text?=
ecre = re.compile(r'=\?(?P<charset>[^?]*?)\?(?P<encoding>[qQbB])\?(?P<encoded>.*?)\?=',
                  8)  # re.MULTILINE, as an int: re's flags would import enum
fcre = re.compile(r'[\041-\176]+:$')
_embedded_header = re.compile(r'\n[^ \t]+:')


def _split_words(header):
    """(text, encoding, charset) triples: plain runs have encoding None."""
    words = []
    for line in header.splitlines():
        pieces = ecre.split(line)
        plain = pieces[0].lstrip()
        if plain:
            words.append((plain, None, None))
        for at in range(1, len(pieces), 4):
            charset, encoding, encoded, plain = pieces[at:at + 4]
            words.append((encoded, encoding.lower(), charset.lower()))
            if plain:
                words.append((plain, None, None))
    # whitespace between two encoded words is not part of the text
    keep = []
    for n, word in enumerate(words):
        between = (0 < n < len(words) - 1 and word[1] is None and word[0].isspace()
                   and words[n - 1][1] and words[n + 1][1])
        if not between:
            keep.append(word)
    return keep


def decode_header(header):
    """[(bytes or str, charset or None)]: the encoded words of a header value
    decoded to bytes, runs in one charset joined."""
    if hasattr(header, '_chunks'):
        return [(_charset._to_bytes(text, str(cs)), str(cs)) for text, cs in header._chunks]
    if not ecre.search(header):
        return [(header, None)]
    decoded = []
    for text, encoding, charset in _split_words(header):
        if encoding == 'q':
            text = email.quoprimime.header_decode(text)
        elif encoding == 'b':
            text += '==='[:(4 - len(text) % 4) % 4]
            try:
                text = email.base64mime.decode(text)
            except binascii.Error:
                raise HeaderParseError('Base64 decoding error')
        decoded.append((text, charset))
    out = []
    for text, charset in decoded:
        if isinstance(text, str):
            text = bytes(text, 'raw-unicode-escape')
        if out and out[-1][1] == charset:
            joint = BSPACE if charset is None else b''
            out[-1] = (out[-1][0] + joint + text, charset)
        else:
            out.append((text, charset))
    return out


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    """A Header built from decode_header()'s pairs."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name,
               continuation_ws=continuation_ws)
    for text, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        h.append(text, charset)
    return h


def _not_ctext(s):
    """True for whitespace and the characters RFC 822 does not allow in comment text."""
    return s.isspace() or s in ('(', ')', '\\')


class Header:
    """A header value made of chunks, each in its own character set."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        self._maxlinelen = MAXLINELEN if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def _nonctext(self, s):
        return _not_ctext(s)

    def __str__(self):
        """The value as text: chunks joined, a space put where a charset change needs one."""
        self._normalize()
        parts = []
        last_cs = None
        last_blank = None
        for text, charset in self._chunks:
            cs = charset
            if cs == _charset.UNKNOWN8BIT:
                text = text.encode('ascii', 'surrogateescape').decode('ascii', 'replace')
            if parts:
                starts_blank = text and _not_ctext(text[0])
                if last_cs not in (None, 'us-ascii'):
                    if cs in (None, 'us-ascii') and not starts_blank:
                        parts.append(SPACE)
                        cs = None
                elif cs not in (None, 'us-ascii') and not last_blank:
                    parts.append(SPACE)
            last_blank = text and _not_ctext(text[-1])
            last_cs = cs
            parts.append(text)
        return EMPTYSTRING.join(parts)

    def __eq__(self, other):
        return other == str(self)

    def append(self, s, charset=None, errors='strict'):
        """Add text (or bytes in `charset`) at the end, in `charset` (the header's by default)."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            codec = charset.input_codec or 'us-ascii'
            if codec == _charset.UNKNOWN8BIT:
                s = s.decode('us-ascii', 'surrogateescape')
            else:
                s = s.decode(codec, errors)
        out_codec = charset.output_codec or 'us-ascii'
        if out_codec != _charset.UNKNOWN8BIT:
            try:
                s.encode(out_codec, errors)
            except UnicodeEncodeError:
                if out_codec != 'us-ascii':
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """The value as it is written in a message: encoded words where needed,
        folded at `splitchars` to lines of at most `maxlinelen` (0: no folding)."""
        self._normalize()
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        fmt = _Folder(self._headerlen, maxlinelen, self._continuation_ws, splitchars)
        last_cs = None
        last_blank = None
        first = True
        for text, charset in self._chunks:
            if not first:
                starts_blank = text and _not_ctext(text[0])
                if last_cs not in (None, 'us-ascii'):
                    if not starts_blank or charset not in (None, 'us-ascii'):
                        fmt.add_transition()
                elif charset not in (None, 'us-ascii') and not last_blank:
                    fmt.add_transition()
            first = False
            last_blank = text and _not_ctext(text[-1])
            last_cs = charset
            lines = text.splitlines()
            fmt.feed('', lines[0] if lines else '', charset)
            for line in lines[1:]:
                fmt.newline()
                if charset.header_encoding is not None:
                    fmt.feed(self._continuation_ws, ' ' + line.lstrip(), charset)
                else:
                    stripped = line.lstrip()
                    fmt.feed(line[:len(line) - len(stripped)], stripped, charset)
            if len(lines) > 1:
                fmt.newline()
        if self._chunks:
            fmt.add_transition()
        value = fmt.text(linesep)
        if _embedded_header.search(value):
            raise HeaderParseError("header value appears to contain "
                                   "an embedded header: {!r}".format(value))
        return value

    def _normalize(self):
        """Join neighbouring chunks in the same charset with a space."""
        merged = []
        for text, charset in self._chunks:
            if merged and merged[-1][1] == charset:
                merged[-1][0].append(text)
            else:
                merged.append(([text], charset))
        self._chunks = [(SPACE.join(texts), cs) for texts, cs in merged]


class _Line(list):
    """The line being built: (folding whitespace, text) pairs, after `indent` characters."""

    def __init__(self, indent=0):
        super().__init__()
        self.indent = indent

    def push(self, fws, string):
        self.append((fws, string))

    def take_from(self, i=0):
        tail = self[i:]
        del self[i:]
        return tail

    def pop_last(self):
        return self.pop() if self.parts() else ('', '')

    def parts(self):
        return list.__len__(self)

    def __len__(self):
        return sum(len(fws) + len(s) for fws, s in self) + self.indent

    def __str__(self):
        return EMPTYSTRING.join(fws + s for fws, s in self)

    def reset(self, start=None):
        del self[:]
        self.extend(start or [])
        self.indent = 0

    def only_blank(self):
        return self.indent == 0 and (not self or str(self).isspace())


class _Folder:
    """Lays chunks out on lines no longer than maxlen, breaking at the split characters."""

    def __init__(self, headerlen, maxlen, continuation_ws, splitchars):
        self._maxlen = maxlen
        self._ws = continuation_ws
        self._splitchars = splitchars
        self._lines = []
        self._cur = _Line(headerlen)

    def text(self, linesep):
        self.newline()
        return linesep.join(self._lines)

    def __str__(self):
        return self.text(NL)

    def newline(self):
        last = self._cur.pop_last()
        if last != (' ', ''):
            self._cur.push(*last)
        if len(self._cur) > 0:
            if self._cur.only_blank() and self._lines:
                self._lines[-1] += str(self._cur)
            else:
                self._lines.append(str(self._cur))
        self._cur.reset()

    def add_transition(self):
        self._cur.push(' ', '')

    def _limits(self):
        yield self._maxlen - len(self._cur)
        while True:
            yield self._maxlen - len(self._ws)

    def feed(self, fws, string, charset):
        if charset.header_encoding is None:
            pieces = re.split('([' + FWS + ']+)', fws + string)
            if pieces[0]:
                pieces.insert(0, '')
            else:
                del pieces[0]
            for at in range(0, len(pieces) - 1, 2):
                self._append(pieces[at], pieces[at + 1])
            return
        words = charset.header_encode_lines(string, self._limits())
        if not words:
            return
        if words[0] is not None:
            self._append(fws, words[0])
        if len(words) == 1:
            return
        self.newline()
        self._cur.push(self._ws, words[-1])
        for word in words[1:-1]:
            self._lines.append(self._ws + word)

    def _break_point(self):
        """Index of the part the line can be broken before, trying the split
        characters in order (a blank before the part, or the character ending the
        part before it), from the right; None if there is none."""
        cur = self._cur
        for ch in self._splitchars:
            for i in range(cur.parts() - 1, 0, -1):
                if ch.isspace():
                    fws = cur[i][0]
                    if fws and fws[0] == ch:
                        return i
                before = cur[i - 1][1]
                if before and before[-1] == ch:
                    return i
        return None

    def _append(self, fws, string):
        self._cur.push(fws, string)
        if len(self._cur) <= self._maxlen:
            return
        i = self._break_point()
        if i is None:
            fws, part = self._cur.pop_last()
            if self._cur.indent > 0:
                # the header name's line is full: start the part on a new line
                self.newline()
                if not fws:
                    fws = ' '
            self._cur.push(fws, part)
            return
        rest = self._cur.take_from(i)
        self._lines.append(str(self._cur))
        self._cur.reset(rest)
