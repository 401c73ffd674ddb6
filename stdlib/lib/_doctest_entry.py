"""doctest's entry points: testmod, testfile, run_docstring_examples, the examples-as-a-
script helpers, the unittest report flags and `python -m doctest`.

tpy's own code, written from doctest's documentation and CPython 3.11's observed behaviour.
"""

import inspect
import os
import sys

from _doctest_records import (TestResults, Example, REPORTING_FLAGS, FAIL_FAST,
                              OPTIONFLAGS_BY_NAME)
from _doctest_parser import DocTestParser
from _doctest_finder import DocTestFinder
from _doctest_runner import DocTestRunner, DebugRunner


def _calling_module(frame):
    return sys.modules[frame.f_globals['__name__']]


def _imported(module):
    """module itself, or the module named by the string module (imported if need be)."""
    if isinstance(module, str):
        __import__(module)
        return sys.modules[module]
    return module


def _test_file_path(filename, package, module_relative):
    """Where a test file is: as given, or (module_relative) taken as a '/'-separated path
    from the folder of package."""
    if not module_relative:
        return filename
    if os.path.isabs(filename):
        raise ValueError('Module-relative files may not have absolute paths')
    base = getattr(package, '__file__', None)
    folder = os.path.dirname(base) if base else os.curdir
    return os.path.join(folder, *filename.split('/'))


def _read_test_file(filename, package, module_relative, encoding):
    """(text, path) of a test file; package is a module, a module name or None."""
    path = _test_file_path(filename, _imported(package), module_relative)
    with open(path, encoding=encoding or 'utf-8') as stream:
        return stream.read(), path


def _new_runner(raise_on_error, verbose, optionflags):
    kind = DebugRunner if raise_on_error else DocTestRunner
    return kind(verbose=verbose, optionflags=optionflags)


def _run_and_record(runner, tests, report):
    """Runs tests, prints the summary if asked, and adds the counts to doctest.master."""
    for test in tests:
        runner.run(test)
    if report:
        runner.summarize()
    # doctest imports this module, so doctest is imported when called, not when loaded.
    import doctest
    if doctest.master is None:
        doctest.master = runner
    else:
        doctest.master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Runs the examples in the docstrings of module m (default: __main__) and of the
    functions and classes it defines and its __test__ dict; returns TestResults."""
    module = sys.modules.get('__main__') if m is None else m
    if not inspect.ismodule(module):
        raise TypeError('testmod: module required; %r' % (module,))
    tests = DocTestFinder(exclude_empty=exclude_empty).find(
        module, module.__name__ if name is None else name, globs=globs,
        extraglobs=extraglobs)
    runner = _new_runner(raise_on_error, verbose, optionflags)
    return _run_and_record(runner, tests, report)


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Runs the examples in a text file (by default a path relative to the folder of the
    calling module, or of package); returns TestResults."""
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    if module_relative and package is None:
        package = _calling_module(sys._getframe(1))
    text, path = _read_test_file(filename, package, module_relative, encoding)
    namespace = dict(globs or {})
    namespace.update(extraglobs or {})
    namespace.setdefault('__name__', '__main__')
    test = parser.get_doctest(text, namespace, os.path.basename(path) if name is None else name,
                              path, 0)
    return _run_and_record(_new_runner(raise_on_error, verbose, optionflags), [test], report)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None,
                           optionflags=0):
    """Runs the examples of f's own docstring (not of what f contains) in globs."""
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in DocTestFinder(verbose=verbose, recurse=False).find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---------------------------------------------------------------------------
# Examples as a script

def script_from_examples(s):
    """s as a Python script: the examples' code stays code; their expected output becomes
    '## ' comments after '# Expected:', and the prose '# ' comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines.extend('## ' + line for line in piece.want.split('\n')[:-1])
        else:
            # only complete lines of prose; each becomes a comment ('#' when blank)
            for line in piece.split('\n')[:-1]:
                line = line.rstrip()
                lines.append('# ' + line if line else '#')
    first, last = 0, len(lines)
    while first < last and lines[first] == '#':
        first += 1
    while last > first and lines[last - 1] == '#':
        last -= 1
    return '\n'.join(lines[first:last]) + '\n'


def testsource(module, name):
    """script_from_examples for the docstring of the test called `name` in module."""
    module = _imported(module)
    for test in DocTestFinder().find(module):
        if test.name == name:
            return script_from_examples(test.docstring)
    raise ValueError(name, 'not found in tests')


def debug_src(src, pm=False, globs=None):
    raise NotImplementedError('doctest.debug_src: tpy has no pdb')


def debug(module, name, pm=False):
    raise NotImplementedError('doctest.debug: tpy has no pdb')


# ---------------------------------------------------------------------------
# The reporting flags of doctest's unittest cases that have none of their own. They live
# here rather than with the cases so that setting them does not import unittest.

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Sets the reporting flags for doctest's unittest cases; returns the previous ones."""
    global _unittest_reportflags
    if flags & ~REPORTING_FLAGS:
        raise ValueError('Only reporting flags allowed', flags)
    previous, _unittest_reportflags = _unittest_reportflags, flags
    return previous


# ---------------------------------------------------------------------------
# python -m doctest

def _command_line():
    import argparse
    cli = argparse.ArgumentParser(description='doctest runner')
    cli.add_argument('-v', '--verbose', action='store_true', default=False,
                     help='print very verbose output for all tests')
    cli.add_argument('-o', '--option', action='append', default=[],
                     choices=OPTIONFLAGS_BY_NAME.keys(),
                     help='specify a doctest option flag to apply to the test run; may be '
                          'specified more than once to apply multiple options')
    cli.add_argument('-f', '--fail-fast', action='store_true',
                     help='stop running tests after first failure (this is a shorthand for '
                          '-o FAIL_FAST, and is in addition to any other -o options)')
    cli.add_argument('file', nargs='+', help='file containing the tests to run')
    return cli.parse_args()


def _import_script(path):
    """Imports the module a .py file defines, from the file's folder."""
    folder, base = os.path.split(path)
    sys.path.insert(0, folder)
    try:
        return __import__(base[:-3])
    finally:
        del sys.path[0]


def _test():
    """`-m doctest [-v] [-o FLAG]... [-f] file...`: testmod on each .py file, testfile on
    the others; exit status 1 as soon as one of them has failures."""
    args = _command_line()
    flags = FAIL_FAST if args.fail_fast else 0
    for option in args.option:
        flags |= OPTIONFLAGS_BY_NAME[option]
    for path in args.file:
        if path.endswith('.py'):
            result = testmod(_import_script(path), verbose=args.verbose, optionflags=flags)
        else:
            result = testfile(path, module_relative=False, verbose=args.verbose,
                              optionflags=flags)
        if result.failed:
            return 1
    return 0
