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
import collections

from _doctest_records import (
    TestResults, OPTIONFLAGS_BY_NAME, register_optionflag, DONT_ACCEPT_TRUE_FOR_1,
    DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE, ELLIPSIS, SKIP, IGNORE_EXCEPTION_DETAIL,
    COMPARISON_FLAGS, REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE,
    FAIL_FAST, REPORTING_FLAGS, BLANKLINE_MARKER, ELLIPSIS_MARKER, Example, DocTest)
from _doctest_parser import DocTestParser
from _doctest_finder import DocTestFinder
from _doctest_checker import OutputChecker
from _doctest_runner import DocTestRunner, DebugRunner, DocTestFailure, UnexpectedException
from _doctest_entry import (
    testmod, testfile, run_docstring_examples, script_from_examples, testsource, debug,
    debug_src, set_unittest_reportflags, _test)

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS',
    'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE',
    'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest', 'DocTestParser', 'DocTestFinder',
    'DocTestRunner', 'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples', 'DocTestSuite', 'DocFileSuite',
    'set_unittest_reportflags', 'script_from_examples', 'testsource', 'debug_src', 'debug',
]


# The runner every testmod/testfile call folds its counts into (None before the first).
master = None


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

if __name__ == '__main__':
    sys.exit(_test())
