"""unittest.TestSuite: a list of tests, run with the class and module fixtures around them.

A run remembers on the result the class of the last test it ran (result._previousTestClass):
when the next test's class or module differs, the old class's tearDownClass and the old
module's tearDownModule run, then the new module's setUpModule and class's setUpClass.
A fixture that fails shows in the result as an error of an _ErrorHolder named after it.
"""

import sys

from . import case
from .util import strclass

__unittest = True


class BaseTestSuite(object):
    """A list of tests run in order, without class or module fixtures."""

    # After a test has run, its slot is emptied so the test can be freed.
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        # How many test cases the emptied slots held, so that countTestCases stays right.
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return f"<{strclass(type(self))} tests={list(self)}>"

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return list(self) == list(other)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(t.countTestCases() for t in self if t)

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def _forget(self, index):
        test = self._tests[index]
        if hasattr(test, 'countTestCases'):
            self._removed_tests += test.countTestCases()
        self._tests[index] = None

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._forget(index)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


def _is_single_test(test):
    # Suites are iterable; a test case is not.
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _Fixtures:
    """Runs the class and module fixtures of one TestSuite.run on behalf of its result."""

    def __init__(self, result, debug):
        self.result = result
        # In debug mode (TestSuite.debug) a failing fixture raises instead of being recorded.
        self.debug = debug

    def _report(self, label, exc, exc_info=None):
        holder = _ErrorHolder(label)
        add_skip = getattr(self.result, 'addSkip', None)
        if add_skip is not None and isinstance(exc, case.SkipTest):
            add_skip(holder, str(exc))
        else:
            self.result.addError(holder, exc_info or (type(exc), exc, exc.__traceback__))

    def _call(self, func, label):
        """Calls a fixture with output buffering as for a test; True if it raised."""
        try:
            func()
        except Exception as exc:
            if self.debug:
                raise
            self._report(label, exc)
            return True
        return False

    def _report_class_cleanups(self, cls, label):
        cls.doClassCleanups()
        for exc_info in cls.tearDown_exceptions:
            if self.debug:
                raise exc_info[1]
            self._report(label, exc_info[1], exc_info)

    def _module_cleanups(self, label):
        try:
            case.doModuleCleanups()
        except Exception as exc:
            if self.debug:
                raise
            self._report(label, exc)

    def _buffered(self, step, *args):
        # Fixtures' output is captured like a test's when the result buffers.
        begin = getattr(self.result, '_setupStdout', None)
        if begin is not None:
            begin()
        try:
            step(*args)
        finally:
            end = getattr(self.result, '_restoreStdout', None)
            if end is not None:
                end()

    def previous_class(self):
        return getattr(self.result, '_previousTestClass', None)

    def module_failed(self):
        return getattr(self.result, '_moduleSetUpFailed', False)

    # -- leaving a class or a module --

    def leave_class(self, next_class):
        cls = self.previous_class()
        if cls is None or cls == next_class:
            return
        # A class that never set up (or was skipped) has nothing to tear down.
        if (getattr(cls, '_classSetupFailed', False) or self.module_failed()
                or getattr(cls, '__unittest_skip__', False)):
            return
        teardown = getattr(cls, 'tearDownClass', None)
        has_cleanups = getattr(cls, 'doClassCleanups', None) is not None
        if teardown is not None or has_cleanups:
            self._buffered(self._tear_down_class, cls, teardown, has_cleanups)

    def _tear_down_class(self, cls, teardown, has_cleanups):
        label = f'tearDownClass ({strclass(cls)})'
        if teardown is not None:
            self._call(teardown, label)
        if has_cleanups:
            self._report_class_cleanups(cls, label)

    def leave_module(self):
        cls = self.previous_class()
        if cls is None or self.module_failed():
            return
        name = cls.__module__
        module = sys.modules.get(name)
        if module is not None:
            self._buffered(self._tear_down_module, module, name)

    def _tear_down_module(self, module, name):
        label = f'tearDownModule ({name})'
        teardown = getattr(module, 'tearDownModule', None)
        if teardown is not None:
            self._call(teardown, label)
        # Cleanups registered with addModuleCleanup run even without a tearDownModule.
        self._module_cleanups(label)

    # -- entering a module or a class --

    def enter_module(self, cls):
        previous = self.previous_class()
        name = cls.__module__
        if previous is not None and previous.__module__ == name:
            return
        self.leave_module()
        self.result._moduleSetUpFailed = False
        module = sys.modules.get(name)
        setup = getattr(module, 'setUpModule', None) if module is not None else None
        if setup is not None:
            self._buffered(self._set_up_module, setup, name)

    def _set_up_module(self, setup, name):
        label = f'setUpModule ({name})'
        if self._call(setup, label):
            self.result._moduleSetUpFailed = True
            self._module_cleanups(label)

    def enter_class(self, cls):
        if cls == self.previous_class() or self.module_failed():
            return
        if getattr(cls, '__unittest_skip__', False):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            # A built-in type (not a TestCase) cannot take the attribute.
            pass
        setup = getattr(cls, 'setUpClass', None)
        if setup is not None:
            self._buffered(self._set_up_class, cls, setup)

    def _set_up_class(self, cls, setup):
        label = f'setUpClass ({strclass(cls)})'
        if not self._call(setup, label):
            return
        try:
            cls._classSetupFailed = True
        except TypeError:
            pass
        # The cleanups the failed setUpClass registered still run.
        if getattr(cls, 'doClassCleanups', None) is not None:
            self._report_class_cleanups(cls, label)


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass and setUpModule/tearDownModule."""

    def run(self, result, debug=False):
        # Only the outermost suite of a run tears down the last class and module.
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True
        fixtures = _Fixtures(result, debug)
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_single_test(test):
                cls = test.__class__
                fixtures.leave_class(cls)
                fixtures.enter_module(cls)
                fixtures.enter_class(cls)
                result._previousTestClass = cls
                if getattr(cls, '_classSetupFailed', False) or fixtures.module_failed():
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._forget(index)
        if outermost:
            fixtures.leave_class(None)
            fixtures.leave_module()
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)


class _ErrorHolder(object):
    """Stands for a fixture (setUpClass, setUpModule ...) that failed, in a result's errors."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return f"<ErrorHolder description={self.description!r}>"

    def __str__(self):
        return self.description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)


class _DebugResult(object):
    """The result TestSuite.debug runs with: fixture errors are raised, not collected."""

    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
