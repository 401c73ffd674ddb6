"""doctest's DocTestParser: a docstring split into prose and Examples.

A line-by-line scanner (written for tpy from doctest's documented rules and CPython 3.11's
observed behaviour): an example starts at a `>>>` line, takes the `...` lines after it as
its source, then the lines up to a blank line or the next `>>>` as its expected output.
"""

import re

from _doctest_records import Example, DocTest, OPTIONFLAGS_BY_NAME

_PS1 = re.compile(r'( *)>>>')
_PS2 = re.compile(r' *\.\.\.')
_BLANK_OR_PROMPT = re.compile(r' *(>>>|$)')
_TRACEBACK_HEADER = re.compile(r'Traceback \((most recent call last|innermost last)\):')
_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', 8)  # re.MULTILINE, as an int: re's flags would import enum
_MARGIN = re.compile(r'^( *)(?=\S)', 8)  # re.MULTILINE, as an int: re's flags would import enum
_BLANK_OR_COMMENT = re.compile(r'^\s*(#.*)?$')


class DocTestParser:
    """Splits a docstring into its prose and its Examples."""

    def parse(self, string, name='<string>'):
        """[prose, Example, prose, Example, ..., prose]: the prose between examples may be
        ''; examples whose source is blank or only a comment are left out."""
        string = string.expandtabs()
        # The common indentation is taken off first (messages quote lines without it) and
        # added back to each Example's indent.
        margins = [len(m.group(1)) for m in _MARGIN.finditer(string)]
        margin = min(margins) if margins else 0
        if margin:
            string = '\n'.join(l[margin:] for l in string.split('\n'))
        lines = string.splitlines(True)
        output = []
        text_start = 0      # offset of the prose not yet output
        offset = 0          # offset of lines[i]
        i = 0
        while i < len(lines):
            m = _PS1.match(lines[i])
            if m is None:
                offset += len(lines[i])
                i += 1
                continue
            indent = len(m.group(1))
            lineno = i
            start = offset
            source_lines = [lines[i]]
            j = i + 1
            while j < len(lines) and _PS2.match(lines[j]):
                source_lines.append(lines[j])
                j += 1
            want_lines = []
            while j < len(lines) and not _BLANK_OR_PROMPT.match(lines[j]):
                want_lines.append(lines[j])
                j += 1
            end = start + sum(len(l) for l in source_lines) + sum(len(l) for l in want_lines)
            output.append(string[text_start:start])
            example = self._example(source_lines, want_lines, indent, lineno, name, margin)
            if example is not None:
                output.append(example)
            text_start = offset = end
            i = j
        output.append(string[text_start:])
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _example(self, source_lines, want_lines, indent, lineno, name, margin):
        source_lines = [l.rstrip('\n') for l in source_lines]
        want_lines = [l.rstrip('\n') for l in want_lines]
        for i, line in enumerate(source_lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(l[indent + 4:] for l in source_lines)
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = ''.join(l[indent:] + '\n' for l in want_lines)
        exc_msg = self._exception_message(want)
        options = self._options(source, name, lineno)
        if _BLANK_OR_COMMENT.match(source):
            if options:
                raise ValueError('line %r of the doctest for %s has an option directive on a '
                                 'line with no example: %r' % (lineno, name, source))
            return None
        return Example(source, want, exc_msg, lineno=lineno, indent=indent + margin,
                       options=options)

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading '
                                 'whitespace: %r' % (lineno + i + 1, name, line))

    def _exception_message(self, want):
        """For an expected traceback, its exception lines (from the first line after the
        header that starts with a word character: the stack between may be anything, an
        indented stack, `...` or `[...]`, as doctest's _EXCEPTION_RE reads it), else None."""
        lines = want.splitlines(True)
        if not lines or not _TRACEBACK_HEADER.match(lines[0]):
            return None
        k = 1
        while k < len(lines) and not re.match(r'\w', lines[k]):
            k += 1
        if k == len(lines):
            return None
        return ''.join(lines[k:])

    def _options(self, source, name, lineno):
        """{flag: on} from the `# doctest: +FLAG, -FLAG` directives in the source."""
        options = {}
        for m in _DIRECTIVE.finditer(source):
            for option in m.group(1).replace(',', ' ').split():
                if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        return options
