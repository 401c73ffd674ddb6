# Turns the bytes fed to the XML parser into text, piece by piece: the encoding comes from
# the parser's argument, a byte order mark or the XML declaration (UTF-8 otherwise), and a
# character split between two pieces waits for the next one.

import re

_DECLARED = re.compile(rb'<\?xml[^>]*?encoding[ \t\r\n]*=[ \t\r\n]*["\']([A-Za-z][A-Za-z0-9._-]*)["\']')


class ByteDecoder:
    def __init__(self, encoding):
        self.encoding = encoding
        self.pending = b''
        # column of a declared encoding that cannot be right (a 16/32-bit one in 8-bit text)
        self.wrong_declaration = None

    def _choose(self, final):
        "Pick the encoding once enough of the document is there; False to wait."
        data = self.pending
        if data.startswith(b'\xef\xbb\xbf'):
            self.pending = data[3:]
            self.encoding = 'utf-8'
        elif data.startswith(b'\xff\xfe'):
            self.pending = data[2:]
            self.encoding = 'utf-16-le'
        elif data.startswith(b'\xfe\xff'):
            self.pending = data[2:]
            self.encoding = 'utf-16-be'
        elif data.startswith(b'<?xml'):
            end = data.find(b'?>')
            if end < 0 and not final:
                return False
            m = _DECLARED.match(data, 0, end if end >= 0 else len(data))
            self.encoding = m.group(1).decode('ascii') if m else 'utf-8'
            if self.encoding.lower().replace('_', '-').startswith(('utf-16', 'utf16', 'utf-32', 'utf32')):
                self.wrong_declaration = m.start(1)
        elif len(data) < 5 and not final and b'<?xml'.startswith(data):
            return False
        else:
            self.encoding = 'utf-8'
        return True

    def decode(self, data, final):
        """Return (text, error): the text decoded so far and, when the bytes stop being valid
        in the encoding, a marker that the document is not well-formed after that text."""
        self.pending += data
        if self.encoding is None and not self._choose(final):
            return '', None
        data = self.pending
        keep = 0
        enc = self.encoding.lower().replace('_', '-')
        if not final:
            if enc in ('utf-8', 'utf8'):
                keep = _utf8_tail(data)
            elif enc.startswith('utf-16') or enc == 'utf16':
                keep = len(data) % 2
        if keep:
            self.pending = data[len(data) - keep:]
            data = data[:len(data) - keep]
        else:
            self.pending = b''
        try:
            return data.decode(self.encoding), None
        except UnicodeDecodeError as e:
            return data[:e.start].decode(self.encoding), True
        except LookupError:
            raise LookupError('unknown encoding: %s' % self.encoding) from None


def _utf8_tail(data):
    "How many bytes at the end of data start a UTF-8 sequence that is not complete yet."
    n = len(data)
    i = n - 1
    while i >= 0 and n - i <= 4:
        b = data[i]
        if b < 0x80:
            return 0
        if b >= 0xC0:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            return n - i if n - i < need else 0
        i -= 1
    return 0
