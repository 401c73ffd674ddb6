"""doctest: run the interactive examples in docstrings and check what they print.

tpy's own implementation, written from the library reference and CPython 3.11's observed
output (reports, summaries, messages). One concept per file:

  doctest            the option flags and the two records, Example and DocTest
  _doctest_parser    DocTestParser: a docstring -> prose and Examples
  _doctest_finder    DocTestFinder: an object -> the DocTests of what it defines
  _doctest_checker   OutputChecker: does the output match, and how does it differ
  _doctest_runner    DocTestRunner, DebugRunner: run examples, report, count
  _doctest_entry     testmod, testfile, run_docstring_examples, testsource, `-m doctest`
  _doctest_unittest  DocTestSuite, DocFileSuite and their test cases (imported on first use,
                     since unittest is large and most doctest users never touch it)

No pdb in tpy, so `debug`, `debug_src` and `debug_script` are missing; see docs/differences.md.
"""

import sys

if __name__ == '__main__':
    # `-m doctest` runs this file as a script; the helper modules import `doctest` by name,
    # so hand over to the imported module rather than to this copy.
    import doctest as _doctest
    sys.exit(_doctest._test())

import collections

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS',
    'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE',
    'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest', 'DocTestParser', 'DocTestFinder',
    'DocTestRunner', 'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples', 'DocTestSuite', 'DocFileSuite',
    'set_unittest_reportflags', 'script_from_examples', 'testsource', 'debug_src', 'debug',
]

TestResults = collections.namedtuple('TestResults', ['failed', 'attempted'])

# The runner every testmod/testfile call folds its counts into (None before the first).
master = None


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


# The helper modules import the names above from `doctest`, so they come after them.
from _doctest_parser import DocTestParser  # noqa: E402
from _doctest_finder import DocTestFinder  # noqa: E402
from _doctest_checker import OutputChecker  # noqa: E402
from _doctest_runner import (  # noqa: E402
    DocTestRunner, DebugRunner, DocTestFailure, UnexpectedException)
from _doctest_entry import (  # noqa: E402
    testmod, testfile, run_docstring_examples, script_from_examples, testsource, debug,
    debug_src, set_unittest_reportflags, _test)

_UNITTEST_NAMES = ('DocTestSuite', 'DocFileSuite', 'DocTestCase', 'DocFileCase')


def __getattr__(name):
    # The unittest adapters load unittest, so they are only imported when first asked for.
    if name in _UNITTEST_NAMES:
        import _doctest_unittest
        value = getattr(_doctest_unittest, name)
        globals()[name] = value
        return value
    # name and obj as CPython's module lookup sets them: they give the 'Did you mean' hint.
    import sys
    raise AttributeError("module 'doctest' has no attribute %r" % (name,), name=name, obj=sys.modules[__name__])

# CPython's doctest has no module __getattr__ (tpy's makes names lazily): no frame of it may
# show when a missing attribute is asked for.
def __dir__():
    # The lazily made names too, as CPython lists them, and not the two hooks.
    return sorted((set(globals()) - {'__getattr__', '__dir__'}) | set(_UNITTEST_NAMES))


from _c_type_names import as_c_function as _as_c_function
_as_c_function(__getattr__)
_as_c_function(__dir__)
del _as_c_function
