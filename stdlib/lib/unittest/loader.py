"""unittest.TestLoader: finding the tests of a class, a module, or a dotted name."""

import functools
import os
import re
import sys
import traceback
import types
import warnings
from fnmatch import fnmatch, fnmatchcase

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


# A file discovery imports: a module name (letters, digits, underscores) ending in .py.
_IMPORTABLE_FILE = re.compile(r'[_a-z]\w*\.py$', 2)  # re.IGNORECASE, as an int: re's flags would import enum


def _skipped_module(name, exception, suite_class):
    """A suite of one test that reports the module's SkipTest as a skip ('ModuleSkipped.NAME')."""
    def skipped(self):
        raise exception
    return suite_class((type('ModuleSkipped', (case.TestCase,), {name: skipped})(name),))


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
        # The packages whose tests discovery is loading: a load_tests hook of one that calls
        # discover() on its own directory does not load the package (and itself) again.
        self._packages_loading = set()

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

    # Discovery: the test modules under a directory, imported by their dotted names from
    # the top-level directory, which goes on sys.path.

    _top_level_dir = None

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        implicit_top = top_level_dir is None and self._top_level_dir is None
        if top_level_dir is None:
            # A loader reused by a load_tests hook keeps the top-level directory it began with.
            top_level_dir = self._top_level_dir if self._top_level_dir is not None else start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        put_on_path = top_level_dir not in sys.path
        if put_on_path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        importable = True
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                importable = os.path.isfile(os.path.join(start_dir, '__init__.py'))
        else:
            # A dotted name: the directory of the package it names.
            try:
                __import__(start_dir)
            except ImportError:
                importable = False
            else:
                package = sys.modules[start_dir]
                location = getattr(package, '__file__', None)
                if location is None or getattr(package, '__path__', None) is None:
                    raise TypeError(f"don't know how to discover from {package!r}")
                start_dir = os.path.dirname(os.path.abspath(location))
                if implicit_top:
                    # The top is the directory holding the package's top-level package, in
                    # place of the path made of the dotted name.
                    if put_on_path:
                        sys.path.remove(top_level_dir)
                    top_level_dir = start_dir
                    for _ in package.__name__.split('.'):
                        top_level_dir = os.path.dirname(top_level_dir)
                    self._top_level_dir = top_level_dir
                    if top_level_dir not in sys.path:
                        sys.path.insert(0, top_level_dir)
        if not importable:
            raise ImportError(f'Start directory is not importable: {start_dir!r}')
        return self.suiteClass(list(self._tests_under(start_dir, pattern)))

    def _module_name(self, path):
        """The dotted name of a file or package directory, relative to the top-level directory."""
        if path == self._top_level_dir:
            return '.'
        relative = os.path.relpath(os.path.splitext(os.path.normpath(path))[0], self._top_level_dir)
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            raise ImportError(f'Path must be within the project: {path!r}')
        return relative.replace(os.sep, '.')

    def _tests_under(self, directory, pattern):
        """Yields the suites of the directory (as a package, unless it is the top) and of its entries."""
        name = self._module_name(directory)
        if name != '.' and name not in self._packages_loading:
            tests, recurse = self._tests_at(directory, pattern)
            if tests is not None:
                yield tests
            if not recurse:
                return
        for entry in sorted(os.listdir(directory)):
            path = os.path.join(directory, entry)
            tests, recurse = self._tests_at(path, pattern)
            if tests is not None:
                yield tests
            if recurse:
                package = self._module_name(path)
                self._packages_loading.add(package)
                try:
                    yield from self._tests_under(path, pattern)
                finally:
                    self._packages_loading.discard(package)

    def _import_for_discovery(self, name):
        """(module, None), or (None, a suite standing for the module's import error or skip)."""
        try:
            __import__(name)
        except case.SkipTest as exc:
            return None, _skipped_module(name, exc, self.suiteClass)
        except Exception:
            message = f'Failed to import test module: {name}\n{traceback.format_exc()}'
            return None, self._failed(name, ImportError(message), message)
        return sys.modules[name], None

    def _tests_at(self, path, pattern):
        """(suite or None, whether to look inside) for one entry of a directory being discovered."""
        base = os.path.basename(path)
        if os.path.isfile(path):
            if not _IMPORTABLE_FILE.match(base) or not fnmatch(base, pattern):
                return None, False
            name = self._module_name(path)
            module, stand_in = self._import_for_discovery(name)
            if module is None:
                return stand_in, False
            found = os.path.realpath(os.path.splitext(os.path.abspath(getattr(module, '__file__', path)))[0])
            expected = os.path.realpath(os.path.splitext(path)[0])
            if os.path.normcase(found) != os.path.normcase(expected):
                where = os.path.dirname(found)
                wanted = os.path.dirname(expected)
                raise ImportError(f'{module.__name__!r} module incorrectly imported from {where!r}. '
                                  f'Expected {wanted!r}. Is this module globally installed?')
            return self.loadTestsFromModule(module, pattern=pattern), False
        if os.path.isdir(path):
            if not os.path.isfile(os.path.join(path, '__init__.py')):
                return None, False
            name = self._module_name(path)
            package, stand_in = self._import_for_discovery(name)
            if package is None:
                return stand_in, False
            # A package with a load_tests hook finds its own tests; others are walked into.
            self._packages_loading.add(name)
            try:
                tests = self.loadTestsFromModule(package, pattern=pattern)
            finally:
                self._packages_loading.discard(name)
            return tests, getattr(package, 'load_tests', None) is None
        return None, False


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
