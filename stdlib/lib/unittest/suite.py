"""unittest.TestSuite: a list of tests, run with the class and module fixtures around them."""

import sys

from . import case
from .util import strclass

__unittest = True


def _call_if_exists(parent, attr):
    func = getattr(parent, attr, None)
    if func is not None:
        func()


class BaseTestSuite(object):
    """A list of tests run in order, without class or module fixtures."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        """Drops a test that has run (so it can be freed), keeping countTestCases right."""
        try:
            test = self._tests[index]
        except TypeError:
            pass
        else:
            if hasattr(test, 'countTestCases'):
                self._removed_tests += test.countTestCases()
            self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass and setUpModule/tearDownModule."""

    def run(self, result, debug=False):
        top_level = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = top_level = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
            if self._cleanup:
                self._removeTestAtIndex(index)
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _handleClassSetUp(self, test, result):
        previous_class = getattr(result, '_previousTestClass', None)
        current_class = test.__class__
        if current_class == previous_class:
            return
        if result._moduleSetUpFailed:
            return
        if getattr(current_class, '__unittest_skip__', False):
            return
        try:
            current_class._classSetupFailed = False
        except TypeError:
            pass
        set_up_class = getattr(current_class, 'setUpClass', None)
        do_class_cleanups = getattr(current_class, 'doClassCleanups', None)
        if set_up_class is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            failed = False
            class_name = strclass(current_class)
            try:
                set_up_class()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                failed = True
                try:
                    current_class._classSetupFailed = True
                except TypeError:
                    pass
                self._createClassOrModuleLevelException(result, e, 'setUpClass', class_name)
            if failed and do_class_cleanups is not None:
                do_class_cleanups()
                for exc_info in current_class.tearDown_exceptions:
                    self._createClassOrModuleLevelException(result, exc_info[1], 'setUpClass',
                                                            class_name, info=exc_info)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _get_previous_module(self, result):
        previous_class = getattr(result, '_previousTestClass', None)
        if previous_class is not None:
            return previous_class.__module__
        return None

    def _handleModuleFixture(self, test, result):
        previous_module = self._get_previous_module(result)
        current_module = test.__class__.__module__
        if current_module == previous_module:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current_module)
        if module is None:
            return
        set_up_module = getattr(module, 'setUpModule', None)
        if set_up_module is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            try:
                set_up_module()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                result._moduleSetUpFailed = True
                self._createClassOrModuleLevelException(result, e, 'setUpModule', current_module)
            if result._moduleSetUpFailed:
                case.doModuleCleanups()
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _createClassOrModuleLevelException(self, result, exc, method_name, parent, info=None):
        self._addClassOrModuleLevelException(result, exc, f'{method_name} ({parent})', info)

    def _addClassOrModuleLevelException(self, result, exception, error_name, info=None):
        error = _ErrorHolder(error_name)
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exception, case.SkipTest):
            add_skip(error, str(exception))
        elif not info:
            result.addError(error, (type(exception), exception, exception.__traceback__))
        else:
            result.addError(error, info)

    def _handleModuleTearDown(self, result):
        previous_module = self._get_previous_module(result)
        if previous_module is None:
            return
        if result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous_module)
        if module is None:
            return
        tear_down_module = getattr(module, 'tearDownModule', None)
        if tear_down_module is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            try:
                tear_down_module()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._createClassOrModuleLevelException(result, e, 'tearDownModule', previous_module)
            case.doModuleCleanups()
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _tearDownPreviousClass(self, test, result):
        previous_class = getattr(result, '_previousTestClass', None)
        current_class = test.__class__
        if current_class == previous_class or previous_class is None:
            return
        if getattr(previous_class, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previous_class, '__unittest_skip__', False):
            return
        tear_down_class = getattr(previous_class, 'tearDownClass', None)
        do_class_cleanups = getattr(previous_class, 'doClassCleanups', None)
        if tear_down_class is None and do_class_cleanups is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            class_name = strclass(previous_class)
            if tear_down_class is not None:
                try:
                    tear_down_class()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._createClassOrModuleLevelException(result, e, 'tearDownClass', class_name)
            if do_class_cleanups is not None:
                do_class_cleanups()
                for exc_info in previous_class.tearDown_exceptions:
                    if isinstance(result, _DebugResult):
                        raise exc_info[1]
                    self._createClassOrModuleLevelException(result, exc_info[1], 'tearDownClass',
                                                            class_name, info=exc_info)
        finally:
            _call_if_exists(result, '_restoreStdout')


class _ErrorHolder(object):
    """Stands for a fixture (setUpClass, setUpModule ...) that failed, in a result's errors."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _isnotsuite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _DebugResult(object):
    """The result TestSuite.debug runs with: fixture errors are raised, not collected."""

    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
