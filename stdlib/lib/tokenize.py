"""tokenize: Python source split into tokens, with CPython 3.11's token stream.

tokenize(readline) reads bytes (and starts with an ENCODING token); generate_tokens(readline)
reads str. Each line is matched by one regular expression per token class, in the order that
settles overlaps (a number before a name, a prefixed string before a name, the longest
operator first); indentation, brackets and strings that span lines are tracked between lines.
f-strings are single STRING tokens, as in 3.11. untokenize() rebuilds source from tokens.
"""

import codecs
import collections
import re
import sys
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = [*sys.modules['token'].__all__, 'tokenize', 'generate_tokens', 'detect_encoding',
           'untokenize', 'TokenInfo']

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', 256)  # re.ASCII, as an int: re's flags would import enum
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', 256)  # re.ASCII, as an int: re's flags would import enum
BOM_UTF8 = codecs.BOM_UTF8
tabsize = 8


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=kind))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


def _either(*choices):
    return '(' + '|'.join(choices) + ')'


def _string_prefixes():
    """'', and every spelling of b, r, u, f, br and fr in any case and order."""
    found = {''}
    for prefix in ('b', 'r', 'u', 'f', 'br', 'fr'):
        orders = {prefix, prefix[::-1]}
        for order in orders:
            spellings = ['']
            for ch in order:
                spellings = [s + c for s in spellings for c in (ch, ch.upper())]
            found.update(spellings)
    return found


_PREFIXES = _string_prefixes()
_PREFIX = '(?:' + '|'.join(sorted(_PREFIXES, key=len, reverse=True)) + ')'

# The rest of a string after its opening quote(s), up to and including the closing one.
_REST = {
    "'": r"[^'\\]*(?:\\.[^'\\]*)*'",
    '"': r'[^"\\]*(?:\\.[^"\\]*)*"',
    "'''": r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''",
    '"""': r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""',
}
_END = {quote: re.compile(rest, 16) for quote, rest in _REST.items()}  # re.DOTALL, as an int: re's flags would import enum

_DIGITS = r'[0-9](?:_?[0-9])*'
_EXPONENT = r'[eE][-+]?' + _DIGITS
_FLOAT = _either(_either(_DIGITS + r'\.(?:' + _DIGITS + ')?', r'\.' + _DIGITS) + '(?:' + _EXPONENT + ')?',
                 _DIGITS + _EXPONENT)
_INT = _either(r'0[xX](?:_?[0-9a-fA-F])+', r'0[bB](?:_?[01])+', r'0[oO](?:_?[0-7])+',
               r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)')
_NUMBER = _either(_either(_DIGITS + '[jJ]', _FLOAT + '[jJ]'), _FLOAT, _INT)
_OPERATOR = _either(*[re.escape(op) for op in sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)])
# A one-line string: closed on this line, or continued by a backslash at its end.
_ONE_LINE_STRING = _either(_PREFIX + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + _either("'", r'\\\r?\n'),
                           _PREFIX + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + _either('"', r'\\\r?\n'))
_TRIPLE_OPEN = _either(_PREFIX + "'''", _PREFIX + '"""')
_COMMENT = r'#[^\r\n]*'
# Leading blanks, then one token: the choices are tried in this order.
_TOKEN = re.compile(r'[ \f\t]*' + _either(
    _either(r'\\\r?\n|\Z', _COMMENT, _TRIPLE_OPEN), _NUMBER, _either(r'\r?\n', _OPERATOR),
    _ONE_LINE_STRING, r'\w+'), 32)  # re.UNICODE, as an int: re's flags would import enum

_TRIPLE_STARTS = {p + q for p in _PREFIXES for q in ("'''", '"""')}
_SINGLE_STARTS = {p + q for p in _PREFIXES for q in ("'", '"')}


def _indent_width(line):
    """(column, index) of a line's first non-blank character, tabs to multiples of 8."""
    column = pos = 0
    while pos < len(line):
        ch = line[pos]
        if ch == ' ':
            column += 1
        elif ch == '\t':
            column = (column // tabsize + 1) * tabsize
        elif ch == '\f':
            column = 0
        else:
            break
        pos += 1
    return column, pos


def _tokens(readline, encoding):
    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    lnum = depth = 0
    continued = False
    indents = [0]
    pending = ''          # the text so far of a string that spans lines
    pending_line = ''     # the lines it spans
    pending_start = None
    pending_end = None    # the compiled end of that string
    needs_backslash = False
    line = prev_line = ''
    while True:
        prev_line = line
        try:
            line = readline()
        except StopIteration:
            line = b'' if encoding is not None else ''
        if encoding is not None and isinstance(line, bytes):
            line = line.decode(encoding)
        lnum += 1
        pos, end = 0, len(line)

        if pending:
            if not line:
                raise TokenError('EOF in multi-line string', pending_start)
            m = pending_end.match(line)
            if m:
                pos = m.end(0)
                yield TokenInfo(STRING, pending + line[:pos], pending_start, (lnum, pos), pending_line + line)
                pending, needs_backslash, pending_line = '', False, ''
            elif needs_backslash and not line.endswith('\\\n') and not line.endswith('\\\r\n'):
                yield TokenInfo(ERRORTOKEN, pending + line, pending_start, (lnum, len(line)), pending_line)
                pending, pending_line = '', ''
                continue
            else:
                pending += line
                pending_line += line
                continue
        elif depth == 0 and not continued:
            if not line:
                break
            column, pos = _indent_width(line)
            if pos == end:
                break
            if line[pos] in '#\r\n':
                # A blank or comment-only line: no indentation change, an NL.
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError('unindent does not match any outer indentation level',
                                           ('<tokenize>', lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)
        else:
            if not line:
                raise TokenError('EOF in multi-line statement', (lnum, 0))
            continued = False

        while pos < end:
            m = _TOKEN.match(line, pos)
            if m is None:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, stop = m.span(1)
            pos = stop
            if start == stop:
                continue
            text, first = line[start:stop], line[start]
            here, there = (lnum, start), (lnum, stop)
            if first in '0123456789' or (first == '.' and text not in ('.', '...')):
                yield TokenInfo(NUMBER, text, here, there, line)
            elif first in '\r\n':
                yield TokenInfo(NL if depth > 0 else NEWLINE, text, here, there, line)
            elif first == '#':
                yield TokenInfo(COMMENT, text, here, there, line)
            elif text in _TRIPLE_STARTS:
                closing = _END[text[-3:]]
                m = closing.match(line, pos)
                if m:
                    pos = m.end(0)
                    yield TokenInfo(STRING, line[start:pos], here, (lnum, pos), line)
                else:
                    pending_start, pending_end = here, closing
                    pending, pending_line = line[start:], line
                    break
            elif (first in _SINGLE_STARTS or text[:2] in _SINGLE_STARTS or text[:3] in _SINGLE_STARTS):
                if text[-1] == '\n':
                    # Continued by a backslash-newline: the string goes on on the next line.
                    quote = next(ch for ch in text if ch in '\'"')
                    pending_start, pending_end = here, _END[quote]
                    pending, pending_line, needs_backslash = line[start:], line, True
                    break
                yield TokenInfo(STRING, text, here, there, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, text, here, there, line)
            elif first == '\\':
                continued = True
            else:
                if first in '([{':
                    depth += 1
                elif first in ')]}':
                    depth -= 1
                yield TokenInfo(OP, text, here, there, line)

    # A last line without its newline still ends a statement (unless it is only a comment).
    if prev_line and prev_line[-1] not in '\r\n' and not prev_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(prev_line)), (lnum - 1, len(prev_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def generate_tokens(readline):
    """The tokens of source text; readline returns one line (str) per call, '' at the end."""
    return _tokens(readline, None)


def _normal_encoding_name(name):
    short = name[:12].lower().replace('_', '-')
    if short == 'utf-8' or short.startswith('utf-8-'):
        return 'utf-8'
    if short in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
            short.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def detect_encoding(readline):
    """The encoding of Python source bytes (BOM, coding cookie, or utf-8) and the lines read to know it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom = False
    default = 'utf-8'

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie_of(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = 'invalid or missing encoding declaration'
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        m = cookie_re.match(text)
        if not m:
            return None
        encoding = _normal_encoding_name(m.group(1))
        try:
            codecs.lookup(encoding)
        except LookupError:
            if filename is None:
                msg = 'unknown encoding: ' + encoding
            else:
                msg = 'unknown encoding for {!r}: {}'.format(filename, encoding)
            raise SyntaxError(msg)
        if bom:
            if encoding != 'utf-8':
                msg = 'encoding problem: utf-8' if filename is None else \
                    'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read()
    if first.startswith(BOM_UTF8):
        bom = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = cookie_of(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read()
    if not second:
        return default, [first]
    encoding = cookie_of(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def tokenize(readline):
    """The tokens of source bytes (readline returns bytes), after an ENCODING token."""
    encoding, consumed = detect_encoding(readline)

    def lines():
        yield from consumed
        while True:
            try:
                line = readline()
            except StopIteration:
                return
            if not line:
                return
            yield line
    it = lines()
    return _tokens(lambda: next(it, b''), encoding)


def open(filename):
    """A source file opened as text in the encoding detect_encoding finds."""
    import builtins
    # DIVERGENCE: the file is opened again as a native text file in the encoding found (faster
    # than a TextIOWrapper over the binary one, as CPython makes; its mode is 'r', as CPython sets it)
    with builtins.open(filename, 'rb') as buffer:
        encoding, lines = detect_encoding(buffer.readline)
    return builtins.open(filename, 'r', encoding=encoding, buffering=1)


class Untokenizer:
    """Rebuilds source from tokens: exactly from 5-tuples, approximately from (type, string) pairs."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError('start ({},{}) precedes previous end ({},{})'
                             .format(row, col, self.prev_row, self.prev_col))
        rows = row - self.prev_row
        if rows:
            self.tokens.append('\\\n' * rows)
            self.prev_col = 0
        cols = col - self.prev_col
        if cols:
            self.tokens.append(' ' * cols)

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        at_line_start = False
        for tok in it:
            if len(tok) == 2:
                self.compat(tok, it)
                break
            kind, text, start, end, line = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return ''.join(self.tokens)

    def compat(self, first, rest):
        """(type, string) pairs: spaces after names and numbers, indents from INDENT tokens."""
        indents = []
        at_line_start = first[0] in (NEWLINE, NL)
        after_string = False
        toks = [first]
        for tok in toks + list(rest):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                self.tokens.append(indents[-1])
                at_line_start = False
            self.tokens.append(text)


def untokenize(iterable):
    """Source text from tokens (bytes if an ENCODING token came first)."""
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out


def main():
    """python -m tokenize [-e] [filename.py]: each token's span, type name and text, one a line."""
    import argparse

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()
    filename = args.filename or '<stdin>'

    def fail(message, name=None, where=None):
        if where:
            sys.stderr.write('%s:%d:%d: error: %s\n' % (name, where[0], where[1], message))
        elif name:
            sys.stderr.write('%s: error: %s\n' % (name, message))
        else:
            sys.stderr.write('error: %s\n' % message)
        sys.exit(1)

    try:
        if args.filename:
            import builtins
            with builtins.open(args.filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            tokens = generate_tokens(sys.stdin.readline)  # text already: no ENCODING token
        for tok in tokens:
            kind = tok.exact_type if args.exact else tok.type
            print('%-20s%-15s%-15r' % ('%d,%d-%d,%d:' % (tok.start + tok.end), tok_name[kind], tok.string))
    except IndentationError as err:
        fail(err.args[0], filename, err.args[1][1:3])
    except TokenError as err:
        fail(err.args[0], filename, err.args[1])
    except SyntaxError as err:
        fail(err, filename)
    except OSError as err:
        fail(err)
    except KeyboardInterrupt:
        print('interrupted\n')



if __name__ == '__main__':
    main()
