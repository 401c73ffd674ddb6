"""textwrap for tpy: wrap, fill, shorten, dedent, indent and TextWrapper, giving the
same lines as CPython 3.11 (including its rules for breaking at hyphens)."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace textwrap splits on and replaces: ASCII only, as CPython's (so a no-break
# space stays inside its word).
_SPACES = '\t\n\x0b\x0c\r '
_WORD_PUNCT = '!"\'&.,?'


def _is_letter(c):
    # CPython's [^\d\W]: a word character that is not a digit.
    return c == '_' or c.isalpha()


def _is_word(c):
    return c == '_' or c.isalnum()


def _split_word(word, hyphens):
    """Splits one run of non-space characters into chunks, as CPython's wordsep_re does."""
    if not hyphens:
        return [word]
    pieces = []
    start = 0
    n = len(word)
    i = 0
    while i < n:
        c = word[i]
        if c == '-':
            # An em-dash (two or more hyphens) after word punctuation, before a word character.
            j = i
            while j < n and word[j] == '-':
                j += 1
            if j - i >= 2 and j < n and _is_word(word[j]) and i > 0 and (_is_word(word[i - 1]) or word[i - 1] in _WORD_PUNCT):
                if i > start:
                    pieces.append(word[start:i])
                pieces.append(word[i:j])
                start = i = j
                continue
            if i > start and _hyphen_breaks(word, i):
                pieces.append(word[start:i + 1])
                start = i + 1
        i += 1
    if start < n:
        pieces.append(word[start:])
    return pieces


def _hyphen_breaks(word, i):
    """Whether a line may break after the hyphen at word[i] (a hyphenated word)."""
    before = (i >= 2 and _is_letter(word[i - 1]) and _is_letter(word[i - 2])) or \
             (i >= 3 and _is_letter(word[i - 1]) and word[i - 2] == '-' and _is_letter(word[i - 3]))
    if not before:
        return False
    # ...and followed by letter, optional hyphen, letter.
    n = len(word)
    if i + 2 >= n or not _is_letter(word[i + 1]):
        return False
    if _is_letter(word[i + 2]):
        return True
    return i + 3 < n and word[i + 2] == '-' and _is_letter(word[i + 3])


def _is_sentence_end(chunk):
    # CPython's [a-z][.!?]["']?\Z
    if chunk.endswith(('"', "'")):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


def _regex_class_body(chars):
    return ''.join('\\' + c for c in chars)


# CPython's regular expressions for the splitting steps, as class attributes a subclass may
# replace. The default ones are not run: the same splits are made by the code above, faster;
# a replaced one is used as CPython uses it.
_ws = _regex_class_body(_SPACES)
_wp = r'[\w!"\'&.,?]'
_lt = r'[^\d\W]'
_WORDSEP_RE = re.compile(r"""
        ( # any whitespace
          [%(ws)s]+
        | # em-dash between words
          (?<=%(wp)s) -{2,} (?=\w)
        | # word, possibly hyphenated
          [^%(ws)s]+? (?:
            # hyphenated word
              -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))
              (?= %(lt)s -? %(lt)s)
            | # end of word
              (?=[%(ws)s]|\Z)
            | # em-dash
              (?<=%(wp)s) (?=-{2,}\w)
            )
        )""" % {'wp': _wp, 'lt': _lt, 'ws': _ws}, 64)  # re.VERBOSE, as an int: re's flags would import enum
_WORDSEP_SIMPLE_RE = re.compile(r'([%s]+)' % _ws)
_SENTENCE_END_RE = re.compile(r'[a-z]'             # lowercase letter
                              r'[\.\!\?]'          # sentence-ending punct.
                              r'[\"\']?'           # optional end-of-quote
                              r'\Z')               # end of chunk
_WHITESPACE_TRANS = dict.fromkeys(map(ord, _SPACES), ord(' '))
del _ws, _wp, _lt


class TextWrapper:
    """Wraps paragraphs to a width; the keyword arguments are CPython's.

    The text goes through overridable steps: _munge_whitespace (tabs and other whitespace
    to spaces), _split (into words, runs of spaces and pieces of hyphenated words),
    _fix_sentence_endings, and _wrap_chunks, which packs the chunks into lines and calls
    _handle_long_word for a chunk wider than a whole line."""

    unicode_whitespace_trans = _WHITESPACE_TRANS
    wordsep_re = _WORDSEP_RE
    wordsep_simple_re = _WORDSEP_SIMPLE_RE
    sentence_end_re = _SENTENCE_END_RE

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        # Before splitting: how tabs and other whitespace become spaces.
        self.expand_tabs, self.tabsize = expand_tabs, tabsize
        self.replace_whitespace = replace_whitespace
        # Where lines may break, and what happens at their ends.
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words, self.break_on_hyphens = break_long_words, break_on_hyphens
        self.drop_whitespace = drop_whitespace
        self.max_lines, self.placeholder = max_lines, placeholder

    # ---- text to chunks

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if not self.replace_whitespace:
            return text
        trans = self.unicode_whitespace_trans
        if trans is not _WHITESPACE_TRANS:
            return text.translate(trans)
        # The default table: a replace per kind of whitespace present is much faster than translate.
        for c in _SPACES:
            if c != ' ' and c in text:
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        # CPython breaks at hyphens only when break_on_hyphens is True itself.
        hyphens = self.break_on_hyphens is True
        regex = self.wordsep_re if hyphens else self.wordsep_simple_re
        if regex is not (_WORDSEP_RE if hyphens else _WORDSEP_SIMPLE_RE):
            return [c for c in regex.split(text) if c]
        # Runs of whitespace and of other characters alternate; only a word with a hyphen
        # may split further.
        chunks = []
        for part in _WORDSEP_SIMPLE_RE.split(text):
            if not part:
                continue
            if hyphens and '-' in part and part[0] not in _SPACES:
                chunks.extend(_split_word(part, True))
            else:
                chunks.append(part)
        return chunks

    def _fix_sentence_endings(self, chunks):
        # A single space after a sentence's end becomes two (one pass, left to right).
        is_end = _is_sentence_end if self.sentence_end_re is _SENTENCE_END_RE else self.sentence_end_re.search
        k = 1
        while k < len(chunks):
            if chunks[k] == ' ' and is_end(chunks[k - 1]):
                chunks[k] = '  '
                k += 2
            else:
                k += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # ---- chunks to lines; `chunks` is used as a stack, its next chunk last

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # With no room at all (the indent fills the line) a line still takes one character.
        room = width - cur_len if width >= 1 else 1
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = self._long_word_cut(word, room)
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            # Unbroken, the word gets a line of its own, however long.
            cur_line.append(reversed_chunks.pop())

    def _long_word_cut(self, word, room):
        if self.break_on_hyphens and len(word) > room:
            # Rather after the last hyphen that fits, unless only hyphens come before it.
            hyphen = word.rfind('-', 0, room)
            if hyphen > 0 and word[:hyphen].strip('-'):
                return hyphen + 1
        return room

    def _check_widths(self):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            last_indent = self.initial_indent if self.max_lines <= 1 else self.subsequent_indent
            if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')

    def _take_line(self, stack, room):
        """The chunks of the next line from the stack, and their total length."""
        taken = []
        used = 0
        while stack and used + len(stack[-1]) <= room:
            chunk = stack.pop()
            taken.append(chunk)
            used += len(chunk)
        if stack and len(stack[-1]) > room:
            self._handle_long_word(stack, taken, used, room)
            used = sum(len(chunk) for chunk in taken)
        if self.drop_whitespace and taken and not taken[-1].strip():
            used -= len(taken.pop())
        return taken, used

    def _may_end_here(self, lines, stack, used, room):
        # Whether the line being made may be added whole: under max_lines, or the last
        # line anyway when nothing but dropped space follows it.
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        nothing_left = not stack or (self.drop_whitespace and len(stack) == 1 and not stack[0].strip())
        return nothing_left and used <= room

    def _close_with_placeholder(self, lines, taken, used, indent, room):
        mark = self.placeholder
        # Drop chunks from the end until the placeholder fits after a word.
        while taken:
            if taken[-1].strip() and used + len(mark) <= room:
                lines.append(indent + ''.join(taken) + mark)
                return
            used -= len(taken.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(indent + mark.lstrip())

    def _wrap_chunks(self, chunks):
        self._check_widths()
        lines = []
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            if self.drop_whitespace and lines and not chunks[-1].strip():
                chunks.pop()  # the space a line break replaced
            taken, used = self._take_line(chunks, room)
            if not taken:
                continue
            if self._may_end_here(lines, chunks, used, room):
                lines.append(indent + ''.join(taken))
            else:
                self._close_with_placeholder(lines, taken, used, indent, room)
                break
        return lines

    # ---- the public methods

    def wrap(self, text):
        """The lines of `text` wrapped to self.width, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """`text` wrapped to self.width, as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of `text` wrapped to `width` (see TextWrapper for the keyword arguments)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """`text` wrapped to `width`, as one string (see TextWrapper for the keyword arguments)."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates to `width`, ending with the placeholder if cut."""
    # split() with no argument also drops the whitespace at both ends.
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.split()))


def _common_prefix(a, b):
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return a[:n]


def dedent(text):
    """Removes the whitespace prefix common to every non-blank line; blank lines become empty."""
    if not isinstance(text, str):
        # CPython's dedent starts with a regular-expression substitution: its errors.
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError(f"expected string or bytes-like object, got '{type(text).__name__}'")
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            lines[k] = ''  # a line of only spaces and tabs says nothing about the margin
            continue
        lead = line[:len(line) - len(body)]
        margin = lead if margin is None else _common_prefix(margin, lead)
    if not margin:
        return '\n'.join(lines)
    cut = len(margin)
    return '\n'.join(line[cut:] for line in lines)


def indent(text, prefix, predicate=None):
    """Adds `prefix` to the lines of `text` for which predicate(line) holds (default: non-blank)."""
    wanted = predicate if predicate is not None else str.strip
    return ''.join(prefix + line if wanted(line) else line for line in text.splitlines(True))


if __name__ == '__main__':
    # python -m textwrap: CPython's module prints this one demonstration.
    print(dedent('Hello there.\n  This is indented.'))
