"""doctest's entry points: testmod, testfile, run_docstring_examples, the unittest suites,
and the example-to-script helpers.

Written for tpy from doctest's documentation and CPython 3.11's observed behaviour.
"""

import inspect
import os
import sys

import doctest
from doctest import (TestResults, DocTestFinder, DocTestParser, DocTestRunner, DebugRunner,
                     Example, REPORTING_FLAGS)


def _remember(runner):
    """Folds runner's counts into doctest.master, the runner of all testmod/testfile calls."""
    if doctest.master is None:
        doctest.master = runner
    else:
        doctest.master.merge(runner)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Runs the examples in the docstrings of module m (default __main__), of the functions
    and classes defined there and of its __test__ dict; returns TestResults."""
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    _remember(runner)
    return TestResults(runner.failures, runner.tries)


def _caller_module(depth):
    """The module of the function `depth` frames up (for module-relative paths)."""
    return sys.modules[sys._getframe(depth).f_globals['__name__']]


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        if package is None:
            package = _caller_module(3)
        elif isinstance(package, str):
            __import__(package)
            package = sys.modules[package]
        if os.path.isabs(filename):
            raise ValueError('Module-relative files may not have absolute paths')
        base = getattr(package, '__file__', None)
        basedir = os.path.dirname(base) if base else os.curdir
        filename = os.path.join(basedir, *filename.split('/'))
    with open(filename, encoding=encoding) as f:
        return f.read(), filename


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Runs the examples in a text file (by default relative to the calling module's
    folder); returns TestResults."""
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    text, filename = _load_testfile(filename, package, module_relative, encoding or 'utf-8')
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    _remember(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None,
                           optionflags=0):
    """Runs the examples in f's docstring alone (not those of what f contains)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---------------------------------------------------------------------------
# Examples as a script

def _comment_line(line):
    line = line.rstrip()
    return '# ' + line if line else '#'


def script_from_examples(s):
    """The docstring as a script: examples become code, their expected output and the
    prose become comments."""
    output = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            output.append(piece.source[:-1])
            if piece.want:
                output.append('# Expected:')
                output += ['## ' + l for l in piece.want.split('\n')[:-1]]
        else:
            output += [_comment_line(l) for l in piece.split('\n')[:-1]]
    while output and output[-1] == '#':
        output.pop()
    while output and output[0] == '#':
        output.pop(0)
    return '\n'.join(output) + '\n'


def testsource(module, name):
    """script_from_examples for the docstring of the object called `name` in module."""
    if isinstance(module, str):
        __import__(module)
        module = sys.modules[module]
    tests = DocTestFinder().find(module)
    test = [t for t in tests if t.name == name]
    if not test:
        raise ValueError(name, 'not found in tests')
    return script_from_examples(test[0].docstring)


def debug_src(src, pm=False, globs=None):
    raise NotImplementedError('doctest.debug_src: tpy has no pdb')


def debug(module, name, pm=False):
    raise NotImplementedError('doctest.debug: tpy has no pdb')


# ---------------------------------------------------------------------------
# unittest integration

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Sets the reporting flags DocTestCases use when they have none of their own; returns
    the previous ones."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError('Only reporting flags allowed', flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


def _doctest_case_class():
    import unittest

    class DocTestCase(unittest.TestCase):
        """One DocTest as a unittest test case."""

        def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
            unittest.TestCase.__init__(self)
            self._dt_optionflags = optionflags
            self._dt_checker = checker
            self._dt_test = test
            self._dt_globs = test.globs.copy()
            self._dt_setUp = setUp
            self._dt_tearDown = tearDown

        def setUp(self):
            if self._dt_setUp is not None:
                self._dt_setUp(self._dt_test)

        def tearDown(self):
            if self._dt_tearDown is not None:
                self._dt_tearDown(self._dt_test)
            self._dt_test.globs.clear()
            self._dt_test.globs.update(self._dt_globs)

        def runTest(self):
            test = self._dt_test
            optionflags = self._dt_optionflags
            if not optionflags & REPORTING_FLAGS:
                optionflags |= _unittest_reportflags
            runner = DocTestRunner(optionflags=optionflags, checker=self._dt_checker,
                                   verbose=False)
            runner.DIVIDER = '-' * 70
            lines = []
            results = runner.run(test, out=lines.append, clear_globs=False)
            if results.failed:
                raise self.failureException(self.format_failure(''.join(lines)))

        def format_failure(self, err):
            test = self._dt_test
            lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
            lname = '.'.join(test.name.split('.')[-1:])
            return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                    % (test.name, test.filename, lineno, lname, err))

        def id(self):
            return self._dt_test.name

        def __repr__(self):
            name = self._dt_test.name.split('.')
            return '%s (%s)' % (name[-1], '.'.join(name[:-1]))

        __str__ = object.__str__

        def shortDescription(self):
            return 'Doctest: ' + self._dt_test.name

    return DocTestCase


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one test case per docstring of module that has examples."""
    import unittest
    if test_finder is None:
        test_finder = DocTestFinder()
    if module is None:
        module = _caller_module(2)
    elif isinstance(module, str):
        __import__(module)
        module = sys.modules[module]
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    case = _doctest_case_class()
    suite = unittest.TestSuite()
    for test in sorted(tests):
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = module.__file__
            if filename[-4:] == '.pyc':
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(case(test, **options))
    return suite


def DocFileSuite(*paths, **kw):
    """A unittest suite with one test case per text file of examples."""
    import unittest
    suite = unittest.TestSuite()
    module_relative = kw.pop('module_relative', True)
    package = kw.pop('package', None)
    if module_relative and package is None:
        package = _caller_module(2)
    globs = kw.pop('globs', None)
    parser = kw.pop('parser', DocTestParser())
    encoding = kw.pop('encoding', None)
    case = _doctest_case_class()
    for path in paths:
        text, filename = _load_testfile(path, package, module_relative, encoding or 'utf-8')
        test_globs = {} if globs is None else globs.copy()
        if '__file__' not in test_globs:
            test_globs['__file__'] = filename
        test = parser.get_doctest(text, test_globs, os.path.basename(filename), filename, 0)
        suite.addTest(case(test, **kw))
    return suite


def _test():
    """`python -m doctest [-v] [-o FLAG] [-f] file...`: testmod on .py files (imported from
    their folder), testfile on the others; status 1 after the first file with failures."""
    import argparse
    parser = argparse.ArgumentParser(description='doctest runner')
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='print very verbose output for all tests')
    parser.add_argument('-o', '--option', action='append',
                        choices=doctest.OPTIONFLAGS_BY_NAME.keys(), default=[],
                        help=('specify a doctest option flag to apply to the test run; may be '
                              'specified more than once to apply multiple options'))
    parser.add_argument('-f', '--fail-fast', action='store_true',
                        help=('stop running tests after first failure (this is a shorthand '
                              'for -o FAIL_FAST, and is in addition to any other -o options)'))
    parser.add_argument('file', nargs='+', help='file containing the tests to run')
    args = parser.parse_args()
    verbose = args.verbose
    options = 0
    for option in args.option:
        options |= doctest.OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        options |= doctest.FAIL_FAST
    for filename in args.file:
        if filename.endswith('.py'):
            dirname, filename = os.path.split(filename)
            sys.path.insert(0, dirname)
            m = __import__(filename[:-3])
            del sys.path[0]
            failures, _ = testmod(m, verbose=verbose, optionflags=options)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=verbose,
                                   optionflags=options)
        if failures:
            return 1
    return 0
