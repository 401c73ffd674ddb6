"""doctest's option flags and its two records, Example and DocTest (and TestResults), shared by
doctest and its helper modules.

It imports nothing from `doctest`, so doctest and its helpers load the same way when doctest.py
runs under another name (runpy). Everything here belongs, for users and reprs, to doctest.
"""

import collections

TestResults = collections.namedtuple('TestResults', ['failed', 'attempted'], module='doctest')


# ---------------------------------------------------------------------------
# Option flags. Each name owns one bit, handed out in registration order, so the values of
# the built-in flags are fixed (and public); user flags get the bits after them.

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The bit of the option flag `name`; a name seen for the first time gets a new bit."""
    bit = OPTIONFLAGS_BY_NAME.get(name)
    if bit is None:
        bit = OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return bit


# how outputs are compared
DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
# how failures are reported
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

COMPARISON_FLAGS = 0
for _flag in (DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE, ELLIPSIS,
              SKIP, IGNORE_EXCEPTION_DETAIL):
    COMPARISON_FLAGS |= _flag
REPORTING_FLAGS = 0
for _flag in (REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE, FAIL_FAST):
    REPORTING_FLAGS |= _flag
del _flag

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


# ---------------------------------------------------------------------------
# The records the parser produces.

def _line_terminated(text):
    return text if text.endswith('\n') else text + '\n'


class Example:
    """One interactive example.

    source: the code (ends with a newline); want: what it should print ('' or ends with a
    newline); exc_msg: the last line(s) of the traceback it should raise, or None; lineno:
    its first line within the docstring, from 0; indent: its prompt's indentation there;
    options: {flag: True/False} from its `# doctest:` directives."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        self.source = _line_terminated(source)
        self.want = _line_terminated(want) if want else want
        self.exc_msg = None if exc_msg is None else _line_terminated(exc_msg)
        self.lineno = lineno
        self.indent = indent
        self.options = options if options is not None else {}

    def _identity(self):
        return (self.source, self.want, self.exc_msg, self.lineno, self.indent, self.options)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self):
        # options is a dict, so it stays out of the hash (equal examples still hash equal)
        return hash(self._identity()[:5])


class DocTest:
    """The examples of one docstring, the namespace they run in (a copy of globs) and where
    the docstring came from (name, filename, lineno from 0 or None)."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
            "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno
        self.docstring = docstring

    def __repr__(self):
        count = len(self.examples)
        noun = 'no examples' if count == 0 else '1 example' if count == 1 else '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (
            type(self).__name__, self.name, self.filename, self.lineno, noun)

    def _identity(self):
        return (self.examples, self.docstring, self.globs, self.name, self.filename,
                self.lineno)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self):
        return hash((self.name, self.filename, self.lineno, self.docstring))

    def _sort_key(self):
        # a missing line sorts first; id() keeps two otherwise equal tests apart
        return (self.name, self.filename, -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        if isinstance(other, DocTest):
            return self._sort_key() < other._sort_key()
        return NotImplemented


for _cls in (Example, DocTest):
    _cls.__module__ = 'doctest'
del _cls
