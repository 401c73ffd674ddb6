"""shlex for tpy: split, quote and join command lines as a POSIX shell does, and the shlex lexer.

The lexer reads its whole input at once (a str, or a file-like object's read()); the
`source` file-inclusion hook is not there.
"""

import re
import sys
from collections import deque

__all__ = ["shlex", "split", "quote", "join"]

_START, _WORD, _QUOTE, _ESCAPE, _PUNCT = 'start', 'word', 'quote', 'escape', 'punct'


class shlex:
    """A lexer for shell-like syntax: tokens are words, quoted strings and single punctuation."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            text = instream
        elif instream is None:
            text = sys.stdin.read()
        else:
            text = instream.read()
        self._text = text
        self._pos = 0
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
        if posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        # With punctuation_chars, a run of them is one token ('&&', ';;'), and the
        # characters that end a word are read again rather than returned alone.
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        self._pushback_chars = deque()
        if punctuation_chars:
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Push a token back: the next get_token returns it."""
        self.pushback.appendleft(tok)

    def get_token(self):
        """The next token (a pushed-back one first), or self.eof at the end."""
        if self.pushback:
            return self.pushback.popleft()
        return self.read_token()

    def _next_char(self):
        if self._pushback_chars:
            c = self._pushback_chars.pop()
            if c == '\n':
                self.lineno += 1
            return c
        if self._pos >= len(self._text):
            return ''
        c = self._text[self._pos]
        self._pos += 1
        if c == '\n':
            self.lineno += 1
        return c

    def _skip_comment(self):
        """Drop the rest of the line, its newline included."""
        end = self._text.find('\n', self._pos)
        self._pos = len(self._text) if end < 0 else end + 1
        self.lineno += 1

    def read_token(self):
        """Reads one token from the input (pushed-back tokens aside)."""
        posix = self.posix
        token = ''
        quoted = False       # a quote was seen: an empty token still counts (posix)
        state = _START
        quote = ''           # the open quote character in _QUOTE
        resume = _START      # where an escape returns to, and from which quote
        resume_quote = ''
        while True:
            c = self._next_char()
            if state == _START:
                if not c:
                    break
                if c in self.whitespace:
                    continue
                if c in self.commenters:
                    self._skip_comment()
                elif posix and c in self.escape:
                    state, resume, esc = _ESCAPE, _WORD, c
                elif c in self.wordchars:
                    token, state = c, _WORD
                elif c in self._punctuation_chars:
                    token, state = c, _PUNCT
                elif c in self.quotes:
                    if not posix:
                        token = c
                    state, quote = _QUOTE, c
                elif self.whitespace_split:
                    token, state = c, _WORD
                else:
                    # A lone punctuation character is a token by itself.
                    token = c
                    break
            elif state == _QUOTE:
                quoted = True
                if not c:
                    raise ValueError("No closing quotation")
                if c == quote:
                    if not posix:
                        token += c
                        break
                    state = _WORD
                elif posix and c in self.escape and quote in self.escapedquotes:
                    state, resume, resume_quote, esc = _ESCAPE, _QUOTE, quote, c
                else:
                    token += c
            elif state == _ESCAPE:
                if not c:
                    raise ValueError("No escaped character")
                # Inside quotes, an escape only escapes the quote and itself; elsewhere it stays.
                if resume == _QUOTE and c != esc and c != resume_quote:
                    token += esc
                token += c
                state = resume
                if resume == _QUOTE:
                    quote = resume_quote
            elif state == _PUNCT:
                if c and c in self._punctuation_chars:
                    token += c
                    continue
                if c and c not in self.whitespace:
                    self._pushback_chars.append(c)
                break
            else:  # _WORD
                if not c:
                    break
                if c in self.whitespace:
                    break
                if c in self.commenters:
                    self._skip_comment()
                    if posix:
                        break
                elif posix and c in self.quotes:
                    state, quote = _QUOTE, c
                elif posix and c in self.escape:
                    state, resume, esc = _ESCAPE, _WORD, c
                elif (c in self.wordchars or c in self.quotes
                      or (self.whitespace_split and c not in self._punctuation_chars)):
                    token += c
                else:
                    # Punctuation ends the word: with punctuation_chars it is lexed again
                    # (it may start a run), else it is the next token by itself.
                    if self._punctuation_chars:
                        self._pushback_chars.append(c)
                    else:
                        self.pushback.appendleft(c)
                    break
        if posix and not quoted and token == '':
            return None
        return token

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """The words of s as a POSIX shell would split them."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.", DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """The inverse of split: each word quoted as needed, joined by spaces."""
    return ' '.join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r'[^\w@%+=:,./-]', 256).search  # re.ASCII, as an int: re's flags would import enum


def quote(s):
    """s as a single shell word: as it is when safe, else in single quotes."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def _print_tokens(lexer):
    while token := lexer.get_token():
        print('Token: ' + repr(token))


if __name__ == '__main__':
    # python -m shlex [file]: the tokens of the file (or of stdin), one a line.
    if len(sys.argv) == 1:
        _print_tokens(shlex())
    else:
        with open(sys.argv[1]) as f:
            _print_tokens(shlex(f, sys.argv[1]))
