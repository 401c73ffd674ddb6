"""unittest.TestCase: running one test (fixtures, cleanups, subtests) and the assert* methods.

Layout: the exceptions that steer a run; the skip/expectedFailure decorators; how one run
records what its parts raised (_Outcome, _Part); subtests; the context managers behind
assertRaises/assertWarns; TestCase itself; FunctionTestCase; module-level cleanups.
Every frame here is marked by `__unittest`, which the result uses to leave unittest's own
frames out of the tracebacks it reports.
"""

import sys
import difflib
import pprint
import re
import warnings
import collections
import types
from functools import wraps

from .util import (safe_repr, strclass, _common_shorten_repr, _count_diff_all_purpose,
                   _count_diff_hashable)

__unittest = True

DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'


class SkipTest(Exception):
    """Raise this to skip a test (or call TestCase.skipTest)."""


class _ShouldStop(Exception):
    """Ends a test early (failfast inside a subtest, or an expected failure in one)."""


class _UnexpectedSuccess(Exception):
    """What a result without addUnexpectedSuccess gets as a failure."""


# --- reporting to results that may lack the optional methods -----------------------------

def _report_skip(result, test, reason):
    if hasattr(result, 'addSkip'):
        result.addSkip(test, reason)
    else:
        warnings.warn('TestResult has no addSkip method, skips not reported',
                      RuntimeWarning, 2)
        result.addSuccess(test)


def _report_problem(result, test, exc_info):
    # The test's failureException is a failure; anything else an error.
    if result is None or exc_info is None:
        return
    if issubclass(exc_info[0], test.failureException):
        result.addFailure(test, exc_info)
    else:
        result.addError(test, exc_info)


# --- decorators ---------------------------------------------------------------------------

def skip(reason):
    """Decorator: always skip the test (or every test of the class). Used bare (@skip on a
    function), the reason is empty."""
    def mark(test_item):
        if not isinstance(test_item, type):
            original = test_item

            @wraps(original)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if _is_plain_function(reason):
        func, reason = reason, ''
        return mark(func)
    return mark


def _is_plain_function(obj):
    return isinstance(obj, types.FunctionType)


def _unchanged(test_item):
    return test_item


def skipIf(condition, reason):
    """Decorator: skip the test when condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Decorator: skip the test unless condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    """Decorator: the test is expected to fail; passing is reported as an unexpected success."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


# --- one run's outcome --------------------------------------------------------------------

class _Outcome:
    """What one TestCase.run has seen so far: whether every part passed, and (while the
    test method runs under expectedFailure) the failure it was expected to have."""

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success = True
        self.expecting_failure = False
        self.expectedFailure = None

    def part(self, test, is_subtest=False):
        return _Part(self, test, is_subtest)

    def record(self, test, exc_info, is_subtest):
        """Books what a part of the test raised."""
        exc_type = exc_info[0]
        if issubclass(exc_type, SkipTest):
            self.success = False
            _report_skip(self.result, test, str(exc_info[1]))
        elif issubclass(exc_type, _ShouldStop):
            pass
        elif self.expecting_failure:
            self.expectedFailure = exc_info
        else:
            self.success = False
            if is_subtest:
                self.result.addSubTest(test.test_case, test, exc_info)
            else:
                _report_problem(self.result, test, exc_info)


class _Part:
    """A with block around one part of a test (setUp, the method, tearDown, a cleanup, a
    subtest): it catches what the part raises (Ctrl-C excepted) and books it; the test's
    success is the conjunction of its parts'."""

    def __init__(self, outcome, test, is_subtest):
        self.outcome = outcome
        self.test = test
        self.is_subtest = is_subtest

    def __enter__(self):
        self.success_before = self.outcome.success
        self.outcome.success = True

    def __exit__(self, exc_type, exc, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.is_subtest and outcome.success:
                    outcome.result.addSubTest(self.test.test_case, self.test, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            outcome.record(self.test, (exc_type, exc, tb), self.is_subtest)
            return True
        finally:
            outcome.success = outcome.success and self.success_before


# --- subtests -----------------------------------------------------------------------------

# subTest's msg when none was given (None is a message: it shows as [None]).
_NO_MESSAGE = object()


class _SubTestContext:
    """What TestCase.subTest returns: runs its block as a part reported on its own."""

    def __init__(self, test, msg, params):
        self.test = test
        self.msg = msg
        self.params = params

    def __enter__(self):
        test = self.test
        outcome = test._outcome
        # Outside run(), or with a result that cannot take subtests, the block runs plainly.
        self.active = outcome is not None and outcome.result_supports_subtests
        if not self.active:
            return None
        self.parent = test._subtest
        params = dict(self.params)
        if self.parent is not None:
            # An inner subtest's own parameters come first, then the outer ones it lacks.
            for key, value in self.parent.params.items():
                params.setdefault(key, value)
        test._subtest = _SubTest(test, self.msg, params)
        self.part = outcome.part(test._subtest, is_subtest=True)
        self.part.__enter__()
        return None

    def __exit__(self, exc_type, exc, tb):
        if not self.active:
            return False
        test = self.test
        try:
            handled = self.part.__exit__(exc_type, exc, tb)
            outcome = test._outcome
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                # The expected failure happened: stop the test here and report it.
                raise _ShouldStop
            return handled
        finally:
            test._subtest = self.parent


# --- assertRaises / assertWarns ----------------------------------------------------------

class _ExpectationContext:
    """Shared by assertRaises and assertWarns: called with a callable, it runs it inside
    itself; called without one, it is the context manager for a with block."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = None if expected_regex is None else re.compile(expected_regex)
        self.obj_name = None
        self.msg = None

    def _raiseFailure(self, standardMsg):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standardMsg))

    def _expected_name(self):
        return getattr(self.expected, '__name__', None) or str(self.expected)

    def _missing(self, verb):
        # "X not raised" / "X not triggered by func"
        text = '%s not %s' % (self._expected_name(), verb)
        if self.obj_name:
            text = '%s by %s' % (text, self.obj_name)
        self._raiseFailure(text)

    def _regex_mismatch(self, text):
        self._raiseFailure('"%s" does not match "%s"' % (self.expected_regex.pattern, text))

    def handle(self, name, args, kwargs):
        if not _all_subclasses_of(self.expected, self._kind):
            raise TypeError('%s() arg 1 must be %s' % (name, self._kind_text))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        func = args[0]
        self.obj_name = getattr(func, '__name__', None) or str(func)
        with self:
            func(*args[1:], **kwargs)
        return None


def _all_subclasses_of(expected, base):
    if isinstance(expected, tuple):
        return all(_all_subclasses_of(item, base) for item in expected)
    return isinstance(expected, type) and issubclass(expected, base)


class _AssertRaisesContext(_ExpectationContext):
    """The context manager of assertRaises/assertRaisesRegex; `exception` is what was caught."""

    _kind = BaseException
    _kind_text = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self._missing('raised')
        if not issubclass(exc_type, self.expected):
            return False  # another exception: let it through
        # Keep the exception without its frames, which would keep their locals alive.
        self.exception = exc.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(exc)):
            self._regex_mismatch(str(exc))
        return True


class _AssertWarnsContext(_ExpectationContext):
    """The context manager of assertWarns/assertWarnsRegex: `warning`, `filename` and
    `lineno` describe the first matching warning; `warnings` lists all that were issued."""

    _kind = Warning
    _kind_text = 'a warning type or tuple of warning types'

    def __enter__(self):
        # A warning already shown once from a place is not issued again there unless the
        # registries that remember it are emptied.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc, tb):
        self._catcher.__exit__(exc_type, exc, tb)
        if exc_type is not None:
            return None  # an exception from the block goes on
        candidates = [m for m in self.warnings if isinstance(m.message, self.expected)]
        for record in candidates:
            if self.expected_regex is None or self.expected_regex.search(str(record.message)):
                self.warning = record.message
                self.filename = record.filename
                self.lineno = record.lineno
                return None
        if candidates:
            self._regex_mismatch(str(candidates[0].message))
        self._missing('triggered')


# --- TestCase -----------------------------------------------------------------------------

# assertEqual's helpers by type, installed in every TestCase (by method name, so that a
# subclass overriding one is used).
_EQUALITY_BY_TYPE = (
    (dict, 'assertDictEqual'),
    (list, 'assertListEqual'),
    (tuple, 'assertTupleEqual'),
    (set, 'assertSetEqual'),
    (frozenset, 'assertSetEqual'),
    (str, 'assertMultiLineEqual'),
)

_NO_INDEX = (TypeError, IndexError, NotImplementedError)


def _last_first(cleanups):
    # Pops as it goes: a cleanup may add more cleanups, which then run next.
    while cleanups:
        yield cleanups.pop()


def _as_regex(pattern):
    return re.compile(pattern) if isinstance(pattern, (str, bytes)) else pattern


def _check_tolerance(places, delta):
    if delta is not None and places is not None:
        raise TypeError('specify delta or places not both')


def _skip_reason(test_class, method):
    """Why the test is skipped (maybe ''), or None when it is not."""
    if getattr(test_class, '__unittest_skip__', False) or getattr(method, '__unittest_skip__', False):
        return (getattr(test_class, '__unittest_skip_why__', '')
                or getattr(method, '__unittest_skip_why__', ''))
    return None


def _ndiff_lines(first, second):
    return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                          pprint.pformat(second).splitlines()))


class TestCase(object):
    """One test method of a class, run with its setUp and tearDown."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # Strings longer than this are compared without a diff (difflib is slow on them).
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        # Each test class has its own class-level state.
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        method = getattr(self, methodName, None)
        if method is None:
            # runTest may be missing: TestCase() is handy for calling assert* methods.
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s' % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {}
        for typeobj, name in _EQUALITY_BY_TYPE:
            self.addTypeEqualityFunc(typeobj, name)

    def addTypeEqualityFunc(self, typeobj, function):
        """assertEqual(a, b) with a and b both exactly of typeobj calls function(a, b, msg=...)."""
        self._type_equality_funcs[typeobj] = function

    # --- cleanups and contexts ---

    def addCleanup(self, function, /, *args, **kwargs):
        """Calls function(*args, **kwargs) after tearDown (last added, first called)."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enters cm and adds its __exit__ as a cleanup; returns what __enter__ returned."""
        return _enter_with_cleanup(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_with_cleanup(cm, cls.addClassCleanup)

    def doCleanups(self):
        """Runs the cleanups; returns False if one of them failed."""
        outcome = self._outcome or _Outcome()
        for func, args, kwargs in _last_first(self._cleanups):
            with outcome.part(self):
                self._callCleanup(func, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Runs the class cleanups; what they raise is kept in cls.tearDown_exceptions."""
        cls.tearDown_exceptions = []
        for func, args, kwargs in _last_first(cls._class_cleanups):
            try:
                func(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    # --- fixtures ---

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    # --- identity ---

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from .result import TestResult
        return TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def id(self):
        return '%s.%s' % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_NO_MESSAGE, **params):
        """A with block reported as a test of its own (a failure in it does not end the
        test); msg and params describe it in the report."""
        return _SubTestContext(self, msg, params)

    # --- running ---

    # The four _call* hooks are what a subclass (such as an asyncio test case) overrides.
    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            warnings.warn('It is deprecated to return a value that is not None from a '
                          'test case (%s)' % (method,), DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        """Runs the test, reporting to result (a new TestResult if None), and returns result."""
        finish_run = None
        if result is None:
            result = self.defaultTestResult()
            start_run = getattr(result, 'startTestRun', None)
            finish_run = getattr(result, 'stopTestRun', None)
            if start_run is not None:
                start_run()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = _skip_reason(self.__class__, method)
            if reason is not None:
                _report_skip(result, self, reason)
                return result
            expecting_failure = (getattr(self, '__unittest_expecting_failure__', False)
                                 or getattr(method, '__unittest_expecting_failure__', False))
            outcome = _Outcome(result)
            self._outcome = outcome
            try:
                self._run_parts(outcome, method, expecting_failure)
                if outcome.success:
                    self._report_result(result, outcome, expecting_failure)
                return result
            finally:
                # Drop the exception (and its frames) an expected failure kept.
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if finish_run is not None:
                finish_run()

    def _run_parts(self, outcome, method, expecting_failure):
        # setUp; if it passed, the method (under expectedFailure, a failure there is
        # wanted) and tearDown; the cleanups in any case.
        with outcome.part(self):
            self._callSetUp()
        if outcome.success:
            outcome.expecting_failure = expecting_failure
            with outcome.part(self):
                self._callTestMethod(method)
            outcome.expecting_failure = False
            with outcome.part(self):
                self._callTearDown()
        self.doCleanups()

    def _report_result(self, result, outcome, expecting_failure):
        if not expecting_failure:
            result.addSuccess(self)
        elif outcome.expectedFailure:
            self._addExpectedFailure(result, outcome.expectedFailure)
        else:
            self._addUnexpectedSuccess(result)

    def _addExpectedFailure(self, result, exc_info):
        if hasattr(result, 'addExpectedFailure'):
            result.addExpectedFailure(self, exc_info)
        else:
            warnings.warn('TestResult has no addExpectedFailure method, reporting as passes',
                          RuntimeWarning)
            result.addSuccess(self)

    def _addUnexpectedSuccess(self, result):
        if hasattr(result, 'addUnexpectedSuccess'):
            result.addUnexpectedSuccess(self)
            return
        warnings.warn('TestResult has no addUnexpectedSuccess method, reporting as failure',
                      RuntimeWarning)
        # The failure needs exception info: raise one to have it.
        try:
            raise _UnexpectedSuccess
        except _UnexpectedSuccess:
            result.addFailure(self, sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Runs the test without collecting errors in a TestResult."""
        method = getattr(self, self._testMethodName)
        reason = _skip_reason(self.__class__, method)
        if reason is not None:
            raise SkipTest(reason)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        for func, args, kwargs in _last_first(self._cleanups):
            self._callCleanup(func, *args, **kwargs)

    def skipTest(self, reason):
        """Skips this test."""
        raise SkipTest(reason)

    # --- building failure messages ---

    def fail(self, msg=None):
        """Fails the test at once, with msg."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        """The failure text: the standard one, and the caller's msg after it if longMessage
        (else the caller's msg alone, when given)."""
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def _fail_because(self, msg, standard):
        raise self.failureException(self._formatMessage(msg, standard))

    # --- truth, identity, membership, ordering ---

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail_because(msg, '%s is not true' % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail_because(msg, '%s is not false' % safe_repr(expr))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._fail_because(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._fail_because(msg, 'unexpectedly identical: %s' % safe_repr(expr1))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail_because(msg, '%s is not None' % safe_repr(obj))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail_because(msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail_because(msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail_because(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail_because(msg, '%s not found in %s' % (safe_repr(member), safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail_because(msg, '%s unexpectedly found in %s'
                               % (safe_repr(member), safe_repr(container)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail_because(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail_because(msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail_because(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail_because(msg, '%s not greater than or equal to %s'
                               % (safe_repr(a), safe_repr(b)))

    # --- exceptions, warnings, logs ---

    def assertRaises(self, expected_exception, *args, **kwargs):
        """assertRaises(exc, func, *args, **kwargs) calls func and checks that it raises exc;
        without func it returns a context manager checking its with block."""
        return _AssertRaisesContext(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """As assertRaises, for a warning issued (with warnings.warn) by func or the block."""
        return _AssertWarnsContext(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context manager checking that its block logs at least one message of `level`
        (INFO by default) or above on logger (the root logger by default)."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """The opposite of assertLogs: the block may not log such a message."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    # --- equality ---

    def _getAssertEqualityFunc(self, first, second):
        # Two values of exactly the same type with a registered helper get its detailed
        # message; anything else the plain comparison.
        if type(first) == type(second):
            helper = self._type_equality_funcs.get(type(first))
            if helper is not None:
                return getattr(self, helper) if isinstance(helper, str) else helper
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail_because(msg, '%s != %s' % _common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail_because(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """first and second differ by at most delta, or by less than half a unit of the
        decimal place `places` (7 by default): equal once rounded."""
        if first == second:
            return  # also covers equal infinities
        _check_tolerance(places, delta)
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            standard = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self._fail_because(msg, standard)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        _check_tolerance(places, delta)
        diff = abs(first - second)
        if delta is not None:
            if first != second and diff > delta:
                return
            standard = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            places = 7 if places is None else places
            if first != second and round(diff, places) != 0:
                return
            standard = '%s == %s within %r places' % (safe_repr(first), safe_repr(second), places)
        self._fail_because(msg, standard)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Equal sequences; the failure names the first differing element and the extra
        ones, then shows a diff of the two. seq_type, if given, is required of both."""
        if seq_type is not None:
            kind = seq_type.__name__
            for ordinal, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (ordinal, kind, safe_repr(seq)))
        else:
            kind = 'sequence'
        report = self._describe_sequence_difference(seq1, seq2, kind, seq_type)
        if report is None:
            return
        self.fail(self._formatMessage(msg, self._truncateMessage(report, _ndiff_lines(seq1, seq2))))

    def _describe_sequence_difference(self, seq1, seq2, kind, seq_type):
        """The head of assertSequenceEqual's message, or None when the sequences count as equal."""
        sizes = []
        for ordinal, seq in (('First', seq1), ('Second', seq2)):
            try:
                sizes.append(len(seq))
            except (TypeError, NotImplementedError):
                return '%s %s has no length.    Non-sequence?' % (ordinal, kind)
        if seq1 == seq2:
            return None
        len1, len2 = sizes
        report = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + _common_shorten_repr(seq1, seq2))
        first_difference = self._first_differing_element(seq1, seq2, min(len1, len2), kind)
        if first_difference is not None:
            report += first_difference
        elif len1 == len2 and seq_type is None and type(seq1) != type(seq2):
            # Same items in sequences of different types (a list and a tuple): equal enough.
            return None
        if len1 != len2:
            report += self._describe_extra_elements(seq1, seq2, len1, len2, kind)
        return report

    @staticmethod
    def _first_differing_element(seq1, seq2, common, kind):
        for i in range(common):
            try:
                item1 = seq1[i]
            except _NO_INDEX:
                return '\nUnable to index element %d of first %s\n' % (i, kind)
            try:
                item2 = seq2[i]
            except _NO_INDEX:
                return '\nUnable to index element %d of second %s\n' % (i, kind)
            if item1 != item2:
                return '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + _common_shorten_repr(item1, item2))
        return None

    @staticmethod
    def _describe_extra_elements(seq1, seq2, len1, len2, kind):
        if len1 > len2:
            longer, which, shorter_len = seq1, 'first', len2
        else:
            longer, which, shorter_len = seq2, 'second', len1
        text = '\n%s %s contains %d additional elements.\n' % (
            which.capitalize(), kind, abs(len1 - len2))
        try:
            extra = safe_repr(longer[shorter_len])
        except _NO_INDEX:
            return text + 'Unable to index element %d of %s %s\n' % (shorter_len, which, kind)
        return text + 'First extra element %d:\n%s\n' % (shorter_len, extra)

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Equal sets (any objects with a difference method); the failure lists the items
        found in only one of them."""
        only_first = self._set_difference(set1, set2, 'first')
        only_second = self._set_difference(set2, set1, 'second')
        if not (only_first or only_second):
            return
        lines = []
        if only_first:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only_first)
        if only_second:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only_second)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def _set_difference(self, a, b, which):
        try:
            return a.difference(b)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('%s argument does not support set difference: %s' % (which, e))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standard = '%s != %s' % _common_shorten_repr(d1, d2)
            self.fail(self._formatMessage(msg, self._truncateMessage(standard, _ndiff_lines(d1, d2))))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Deprecated: every key of subset is in dictionary with the same value."""
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        missing = [key for key in subset if key not in dictionary]
        mismatched = ['%s, expected: %s, actual: %s'
                      % (safe_repr(key), safe_repr(value), safe_repr(dictionary[key]))
                      for key, value in subset.items()
                      if key in dictionary and value != dictionary[key]]
        problems = []
        if missing:
            problems.append('Missing: %s' % ','.join(safe_repr(key) for key in missing))
        if mismatched:
            problems.append('Mismatched values: %s' % ','.join(mismatched))
        if problems:
            self.fail(self._formatMessage(msg, '; '.join(problems)))

    def assertCountEqual(self, first, second, msg=None):
        """The same elements the same number of times, in any order."""
        first_items, second_items = list(first), list(second)
        try:
            counts_equal = collections.Counter(first_items) == collections.Counter(second_items)
        except TypeError:
            # Unhashable elements: compare them pairwise.
            differences = _count_diff_all_purpose(first_items, second_items)
        else:
            if counts_equal:
                return
            differences = _count_diff_hashable(first_items, second_items)
        if differences:
            lines = ['First has %d, Second has %d:  %r' % tuple(diff) for diff in differences]
            standard = self._truncateMessage('Element counts were not equal:\n', '\n'.join(lines))
            self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Equal strings; the failure shows a line diff."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        first_lines = first.splitlines(keepends=True)
        second_lines = second.splitlines(keepends=True)
        if len(first_lines) == 1 and first.strip('\r\n') == first:
            # One line without an end: give both an end, so ndiff shows its '?' hint lines.
            first_lines, second_lines = [first + '\n'], [second + '\n']
        standard = '%s != %s' % _common_shorten_repr(first, second)
        diff = '\n' + ''.join(difflib.ndiff(first_lines, second_lines))
        self.fail(self._formatMessage(msg, self._truncateMessage(standard, diff)))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, 'expected_regex must not be empty.'
        pattern = _as_regex(expected_regex)
        if not pattern.search(text):
            self._fail_because(msg, "Regex didn't match: %r not found in %r"
                               % (pattern.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        pattern = _as_regex(unexpected_regex)
        found = pattern.search(text)
        if found:
            self._fail_because(msg, 'Regex matched: %r matches %r in %r'
                               % (found.group(0), pattern.pattern, text))


def _deprecated_alias(name, replacement):
    """An old name of an assert method: warns, then calls TestCase's method it stands for."""
    method = getattr(TestCase, replacement)

    def alias(*args, **kwargs):
        warnings.warn('Please use %s instead.' % replacement, DeprecationWarning, 2)
        return method(*args, **kwargs)
    alias.__name__ = name
    alias.__qualname__ = 'TestCase.' + name
    return alias


for _old, _new in (('failUnlessEqual', 'assertEqual'), ('assertEquals', 'assertEqual'),
                   ('failIfEqual', 'assertNotEqual'), ('assertNotEquals', 'assertNotEqual'),
                   ('failUnlessAlmostEqual', 'assertAlmostEqual'),
                   ('assertAlmostEquals', 'assertAlmostEqual'),
                   ('failIfAlmostEqual', 'assertNotAlmostEqual'),
                   ('assertNotAlmostEquals', 'assertNotAlmostEqual'),
                   ('failUnless', 'assertTrue'), ('assert_', 'assertTrue'),
                   ('failIf', 'assertFalse'), ('failUnlessRaises', 'assertRaises'),
                   ('assertRaisesRegexp', 'assertRaisesRegex'),
                   ('assertRegexpMatches', 'assertRegex'),
                   ('assertNotRegexpMatches', 'assertNotRegex')):
    setattr(TestCase, _old, _deprecated_alias(_old, _new))
del _old, _new


def _enter_with_cleanup(cm, add_cleanup):
    # enterContext and its class and module versions: enter, then schedule the exit.
    cls = type(cm)
    enter = getattr(cls, '__enter__', None)
    exit = getattr(cls, '__exit__', None)
    if enter is None or exit is None:
        raise TypeError("'%s.%s' object does not support the context manager protocol"
                        % (cls.__module__, cls.__qualname__)) from None
    value = enter(cm)
    add_cleanup(exit, cm, None, None, None)
    return value


class FunctionTestCase(TestCase):
    """A test made of a plain function, with optional setUp and tearDown functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def _parts(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self._parts() == other._parts()

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __str__(self):
        return '%s (%s)' % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        if not doc:
            return None
        return doc.split('\n')[0].strip() or None


class _SubTest(TestCase):
    """One `with self.subTest(...)` block, reported as a test of its own."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _subDescription(self):
        # "[msg] (a=1, b='x')", either part when present, or "(<subtest>)".
        parts = []
        if self._message is not _NO_MESSAGE:
            parts.append('[%s]' % (self._message,))
        if self.params:
            parts.append('(%s)' % ', '.join('%s=%r' % item for item in self.params.items()))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '%s %s' % (self.test_case, self._subDescription())


# --- module-level cleanups ------------------------------------------------------------------

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Registers a function to call after tearDownModule (or a failed setUpModule)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enters cm and adds its __exit__ as a module cleanup."""
    return _enter_with_cleanup(cm, addModuleCleanup)


def doModuleCleanups():
    """Runs the module cleanups; raises the first exception one of them raised."""
    first_error = None
    for func, args, kwargs in _last_first(_module_cleanups):
        try:
            func(*args, **kwargs)
        except Exception as exc:
            if first_error is None:
                first_error = exc
    if first_error is not None:
        raise first_error
