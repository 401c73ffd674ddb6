"""textwrap for tpy: wrap, fill, shorten, dedent, indent and TextWrapper, giving the
same lines as CPython 3.11 (including its rules for breaking at hyphens)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
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
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps paragraphs to a width; the keyword arguments are CPython's."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace:
                if c != ' ':
                    text = text.replace(c, ' ')
        return text

    def _split(self, text):
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                chunks.extend(_split_word(text[i:j], self.break_on_hyphens))
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _is_sentence_end(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        placeholder = self.placeholder
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or (rest_is_blank and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last allowed line: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(placeholder) <= width:
                    cur_line.append(placeholder)
                    lines.append(indent + ''.join(cur_line))
                    return lines
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if lines:
                prev_line = lines[-1].rstrip()
                if len(prev_line) + len(placeholder) <= self.width:
                    lines[-1] = prev_line + placeholder
                    return lines
            lines.append(indent + placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

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
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates to `width`, ending with the placeholder if cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Removes the whitespace prefix common to every non-blank line; blank lines become empty."""
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[k] = ''
            continue
        prefix = line[:len(line) - len(stripped)]
        if margin is None:
            margin = prefix
        elif prefix.startswith(margin):
            pass
        elif margin.startswith(prefix):
            margin = prefix
        else:
            for i, (x, y) in enumerate(zip(margin, prefix)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds `prefix` to the lines of `text` for which predicate(line) holds (default: non-blank)."""
    if predicate is None:
        return ''.join(prefix + line if line.strip() else line for line in text.splitlines(True))
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
