"""doctest's unittest adapters: DocTestSuite and DocFileSuite, whose test cases run one
DocTest each and fail with the runner's report.

tpy's own code, written from doctest's documentation and CPython 3.11's observed results
(case ids, reprs and failure messages). doctest imports this module on first use.
"""

import os
import sys
import unittest

import _doctest_entry
from _doctest_records import REPORTING_FLAGS
from _doctest_parser import DocTestParser
from _doctest_finder import DocTestFinder
from _doctest_runner import DocTestRunner


class DocTestCase(unittest.TestCase):
    """One DocTest as a test case. setUp and tearDown, if given, are called with the
    DocTest; the test's globals are put back as they were after each run."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        super().__init__()
        self._dt_test = test  # the name tools built on doctest look for
        self._flags = optionflags
        self._checker = checker
        self._fixture_up = setUp
        self._fixture_down = tearDown
        self._initial_globs = dict(test.globs)

    def setUp(self):
        if self._fixture_up is not None:
            self._fixture_up(self._dt_test)

    def tearDown(self):
        if self._fixture_down is not None:
            self._fixture_down(self._dt_test)
        self._dt_test.globs.clear()
        self._dt_test.globs.update(self._initial_globs)

    def runTest(self):
        flags = self._flags
        if not flags & REPORTING_FLAGS:
            flags |= _doctest_entry._unittest_reportflags
        runner = DocTestRunner(checker=self._checker, verbose=False, optionflags=flags)
        runner.DIVIDER = '-' * 70  # the report sits inside unittest's own '=' dividers
        report = []
        if runner.run(self._dt_test, out=report.append, clear_globs=False).failed:
            raise self.failureException(self.format_failure(''.join(report)))

    def format_failure(self, err):
        test = self._dt_test
        line = 'unknown line number' if test.lineno is None else test.lineno
        short_name = test.name.rsplit('.', 1)[-1]
        return 'Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s' % (
            test.name, test.filename, line, short_name, err)

    def _key(self):
        return (self._dt_test, self._flags, self._fixture_up, self._fixture_down,
                self._checker)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def id(self):
        return self._dt_test.name

    def __repr__(self):
        qualifier, _, last = self._dt_test.name.rpartition('.')
        return '%s (%s)' % (last, qualifier)

    __str__ = object.__str__  # not TestCase's 'method (class)' form

    def shortDescription(self):
        return 'Doctest: ' + self._dt_test.name


class DocFileCase(DocTestCase):
    """A DocTestCase for a text file: named after the file."""

    def id(self):
        return self._dt_test.name.replace('.', '_')

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return 'Failed doctest test for %s\n  File "%s", line 0\n\n%s' % (
            self._dt_test.name, self._dt_test.filename, err)


def _module_file(module):
    path = module.__file__
    return path[:-1] if path.endswith('.pyc') else path


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with a DocTestCase for each docstring of module (default: the
    calling module) that has examples; options go to DocTestCase."""
    if module is None:
        module = _doctest_entry._calling_module(sys._getframe(1))
    module = _doctest_entry._imported(module)
    finder = test_finder if test_finder is not None else DocTestFinder()
    suite = unittest.TestSuite()
    for test in sorted(finder.find(module, globs=globs, extraglobs=extraglobs)):
        if not test.examples:
            continue
        if not test.filename:
            test.filename = _module_file(module)
        suite.addTest(DocTestCase(test, **options))
    return suite


def _doc_file_case(path, module_relative=True, package=None, globs=None,
                   parser=DocTestParser(), encoding=None, **options):
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    text, path = _doctest_entry._read_test_file(path, package, module_relative, encoding)
    namespace = dict(globs or {})
    namespace.setdefault('__file__', path)
    test = parser.get_doctest(text, namespace, os.path.basename(path), path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with a DocFileCase for each text file of examples; paths are
    relative to the calling module's folder unless module_relative=False."""
    if kw.get('module_relative', True) and kw.get('package') is None:
        kw['package'] = _doctest_entry._calling_module(sys._getframe(1))
    suite = unittest.TestSuite()
    for path in paths:
        suite.addTest(_doc_file_case(path, **kw))
    return suite
