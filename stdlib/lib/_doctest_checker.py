"""doctest's OutputChecker: does an example's output match what it expected, and if not,
how the report shows the difference.

tpy's own code, written from the documented meaning of the comparison and reporting flags
and CPython 3.11's observed reports.
"""

import difflib
import re

from _doctest_records import (BLANKLINE_MARKER, ELLIPSIS_MARKER, DONT_ACCEPT_TRUE_FOR_1,
                     DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE, ELLIPSIS, REPORT_UDIFF,
                     REPORT_CDIFF, REPORT_NDIFF)

# In the expected output, a line holding just the marker (and trailing blanks) is empty.
_MARKER_LINE = re.compile(r'^%s[^\S\n]*$' % re.escape(BLANKLINE_MARKER), 8)  # re.MULTILINE, as an int: re's flags would import enum
# In the actual output, a line of only blanks counts as empty.
_BLANKS_LINE = re.compile(r'^[^\S\n]+$', 8)  # re.MULTILINE, as an int: re's flags would import enum
# Reports show each empty line of the actual output as the marker, so that it can be pasted.
_EMPTY_LINE = re.compile(r'^ *(?=\n)', 8)  # re.MULTILINE, as an int: re's flags would import enum

_BOOL_AS_INT = {'True\n': '1\n', 'False\n': '0\n'}


# The start of every line that has something on it.
_NONEMPTY_LINE_START = re.compile(r'^(?=[^\n])', 8)  # re.MULTILINE, as an int: re's flags would import enum


def _indent(text, width=4):
    """text with every non-empty line shifted right by `width` spaces."""
    return _NONEMPTY_LINE_START.sub(' ' * width, text)


def _ascii(text):
    # Outputs are compared as ASCII with escapes, so that an encoding cannot make two
    # equal strings differ.
    return text.encode('ascii', 'backslashreplace').decode('ascii')


def _ellipsis_matches(pattern, text):
    """Whether text matches pattern, each '...' of which stands for any run of text."""
    pieces = pattern.split(ELLIPSIS_MARKER)
    if len(pieces) == 1:
        return pattern == text
    head, tail = pieces[0], pieces[-1]
    # The fixed ends must both fit without sharing characters ('a...a' is not 'a').
    if len(head) + len(tail) > len(text):
        return False
    if not (text.startswith(head) and text.endswith(tail)):
        return False
    pos, stop = len(head), len(text) - len(tail)
    for piece in pieces[1:-1]:
        # the leftmost occurrence leaves the most room for the pieces after it
        pos = text.find(piece, pos, stop)
        if pos < 0:
            return False
        pos += len(piece)
    return True


def _unified(want_lines, got_lines):
    return list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]  # no file headers


def _context(want_lines, got_lines):
    return list(difflib.context_diff(want_lines, got_lines, n=2))[2:]


def _ndiff(want_lines, got_lines):
    return list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                .compare(want_lines, got_lines))


# In order of precedence when several are set.
_DIFF_FORMATS = (
    (REPORT_UDIFF, 'unified diff with -expected +actual', _unified),
    (REPORT_CDIFF, 'context diff with expected followed by actual', _context),
    (REPORT_NDIFF, 'ndiff with -expected +actual', _ndiff),
)
_ANY_DIFF = REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF


class OutputChecker:
    """Compares an example's actual output with its expected output under the option flags."""

    def check_output(self, want, got, optionflags):
        """Whether got is an acceptable output for an example that expects want."""
        want, got = _ascii(want), _ascii(got)
        if want == got:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1 and _BOOL_AS_INT.get(got) == want:
            return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = _MARKER_LINE.sub('', want)
            got = _BLANKS_LINE.sub('', got)
            if want == got:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            want = ' '.join(want.split())
            got = ' '.join(got.split())
            if want == got:
                return True
        return bool(optionflags & ELLIPSIS) and _ellipsis_matches(want, got)

    def _diff_format(self, want, got, optionflags):
        """The (title, differ) to report with, or None for the plain Expected/Got report.
        Unified and context diffs are only worth it for outputs of three lines or more."""
        if not optionflags & _ANY_DIFF:
            return None
        if not optionflags & REPORT_NDIFF and (want.count('\n') <= 2 or got.count('\n') <= 2):
            return None
        for flag, title, differ in _DIFF_FORMATS:
            if optionflags & flag:
                return title, differ
        return None

    def output_difference(self, example, got, optionflags):
        """The report of how got differs from what example expects."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = _EMPTY_LINE.sub(BLANKLINE_MARKER, got)
        fmt = self._diff_format(want, got, optionflags)
        if fmt is not None:
            title, differ = fmt
            lines = differ(want.splitlines(True), got.splitlines(True))
            body = ''.join(line.rstrip() + '\n' for line in lines)
            return 'Differences (%s):\n%s' % (title, _indent(body))
        expected = 'Expected:\n' + _indent(want) if want else 'Expected nothing\n'
        actual = 'Got:\n' + _indent(got) if got else 'Got nothing\n'
        return expected + actual
