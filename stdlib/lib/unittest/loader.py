"""unittest.TestLoader: finding the tests of a class, a module, or a dotted name."""

import functools
import traceback
import types
import warnings
from fnmatch import fnmatchcase

from . import case, suite, util

__unittest = True


class _FailedTest(case.TestCase):
    """Stands in the suite for a name that could not be loaded; running it raises the error.

    Its one test method is named after the name that failed, so the report reads
    'ERROR: Missing (unittest.loader._FailedTest.Missing)'.
    """

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        # Only called for names the instance lacks: the failed name is the test method.
        if name != self._testMethodName:
            return object.__getattribute__(self, name)
        exception = self._exception

        def raise_load_error():
            raise exception
        return raise_load_error


def _is_test_class(obj):
    return isinstance(obj, type) and issubclass(obj, case.TestCase)


class TestLoader(object):
    """Builds suites of TestCase instances: one per method whose name starts with 'test'."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite

    def __init__(self):
        super().__init__()
        # Messages of the names that failed to load, for the caller to report.
        self.errors = []

    def _failed(self, name, exception, message):
        """Records a load error and returns a suite whose one test raises exception."""
        self.errors.append(message)
        return self.suiteClass((_FailedTest(name, exception),))

    def getTestCaseNames(self, testCaseClass):
        """The names of the test methods of a class, sorted."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns
        qualified = f'{testCaseClass.__module__}.{testCaseClass.__qualname__}.'
        found = []
        for attr in dir(testCaseClass):
            if not attr.startswith(prefix) or not callable(getattr(testCaseClass, attr)):
                continue
            # -k patterns match the full dotted name of the test.
            if patterns is not None and not any(fnmatchcase(qualified + attr, p) for p in patterns):
                continue
            found.append(attr)
        if self.sortTestMethodsUsing:
            found.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return found

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite."
                            " Maybe you meant to derive from TestCase?")
        methods = self.getTestCaseNames(testCaseClass)
        # A class with no test* methods may still be one test, its runTest.
        if not methods and hasattr(testCaseClass, 'runTest'):
            methods = ['runTest']
        return self.suiteClass([testCaseClass(m) for m in methods])

    def loadTestsFromModule(self, module, *, pattern=None):
        members = [getattr(module, attr) for attr in dir(module)]
        tests = self.suiteClass([self.loadTestsFromTestCase(m) for m in members if _is_test_class(m)])
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return tests
        try:
            return hook(self, tests, pattern)
        except Exception as exc:
            return self._failed(module.__name__, exc,
                                'Failed to call load_tests:\n' + traceback.format_exc())

    def _import_longest_prefix(self, parts):
        """(top package, None) for the longest importable prefix of parts, or (None, failed test)."""
        failure = None
        for end in range(len(parts), 0, -1):
            module_name = '.'.join(parts[:end])
            try:
                return __import__(module_name), failure
            except ImportError:
                message = f'Failed to import test module: {module_name}\n{traceback.format_exc()}'
                # Running the stand-in test shows the whole import traceback.
                failure = (parts[end - 1], ImportError(message), message)
        return None, failure

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        import_failure = None
        if module is None:
            module, import_failure = self._import_longest_prefix(parts)
            if module is None:
                return self._failed(*import_failure)
            # __import__('a.b') gives the package a: the walk below starts from it.
            parts = parts[1:]
        parent, obj = None, module
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as exc:
                # A package missing the attribute: the submodule's import error says why.
                if import_failure is not None and getattr(obj, '__path__', None) is not None:
                    return self._failed(*import_failure)
                return self._failed(part, exc,
                                    'Failed to access attribute:\n' + traceback.format_exc())
        return self._test_from_object(obj, parent, parts)

    def _test_from_object(self, obj, parent, parts):
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if _is_test_class(obj):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, suite.TestSuite):
            return obj
        if isinstance(obj, types.FunctionType) and _is_test_class(parent):
            method_name = parts[-1]
            instance = parent(method_name)
            # A staticmethod stays a plain function on the instance: it is called below instead.
            if not isinstance(getattr(instance, method_name), types.FunctionType):
                return self.suiteClass([instance])
        if not callable(obj):
            raise TypeError(f"don't know how to make test from: {obj}")
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError(f"calling {obj} returned {made}, not a test")

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        raise NotImplementedError("tpy's unittest does not discover tests in directories")


defaultTestLoader = TestLoader()


def _configured_loader(what, replacement, prefix, sortUsing, suiteClass=None,
                       testNamePatterns=None):
    """A fresh loader for the deprecated module-level helpers (3.11 warns on each call)."""
    warnings.warn(f"unittest.{what}() is deprecated and will be removed in Python 3.13. "
                  f"Please use unittest.TestLoader.{replacement}() instead.",
                  DeprecationWarning, stacklevel=3)
    ldr = TestLoader()
    ldr.testMethodPrefix = prefix
    ldr.sortTestMethodsUsing = sortUsing
    ldr.testNamePatterns = testNamePatterns
    if suiteClass:
        ldr.suiteClass = suiteClass
    return ldr


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp, testNamePatterns=None):
    ldr = _configured_loader('getTestCaseNames', 'getTestCaseNames', prefix, sortUsing,
                             testNamePatterns=testNamePatterns)
    return ldr.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    ldr = _configured_loader('makeSuite', 'loadTestsFromTestCase', prefix, sortUsing, suiteClass)
    return ldr.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    ldr = _configured_loader('findTestCases', 'loadTestsFromModule', prefix, sortUsing, suiteClass)
    return ldr.loadTestsFromModule(module)
