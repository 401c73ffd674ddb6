"""doctest's DocTestRunner (and DebugRunner): runs the examples of DocTests, reports on
them and keeps the counts per test name.

tpy's own code, written from doctest's documentation and CPython 3.11's observed reports
and summaries.
"""

import __future__
import builtins
import io
import linecache
import sys
import traceback

from _doctest_records import (TestResults, SKIP, IGNORE_EXCEPTION_DETAIL, REPORT_ONLY_FIRST_FAILURE,
                     FAIL_FAST)
from _doctest_checker import OutputChecker, _indent

# The file name an example is compiled with (and its source filed under in linecache).
_SOURCE_NAME = '<doctest %s[%d]>'

# What an example came to.
_PASSED, _WRONG_OUTPUT, _RAISED = 'passed', 'wrong output', 'raised'


class _ExampleStdout(io.StringIO):
    """sys.stdout while examples run. What an example printed is compared as whole lines,
    like the expected output, so a missing final newline is supplied."""

    def collect(self):
        text = self.getvalue()
        self.seek(0)
        self.truncate()
        if text and text[-1] != '\n':
            text += '\n'
        return text


def _future_flags(namespace):
    """The compiler flags of the __future__ features imported into namespace: an example
    compiles as if it followed those imports."""
    flags = 0
    for feature_name in __future__.all_feature_names:
        feature = getattr(__future__, feature_name)
        if namespace.get(feature_name) is feature:
            flags |= feature.compiler_flag
    return flags


def _traceback_text(exc_info):
    buffer = io.StringIO()
    traceback.print_exception(*exc_info, file=buffer)
    return buffer.getvalue()


def _bare_exception_name(line):
    """'pkg.mod.KeyError: detail' -> 'KeyError' (what IGNORE_EXCEPTION_DETAIL compares)."""
    head = line.split('\n', 1)[0].split(':', 1)[0]
    return head.rsplit('.', 1)[-1]


def _stdout_writer(stream):
    """A write function for the real stdout that cannot fail on a character its encoding
    lacks (it is escaped instead)."""
    encoding = getattr(stream, 'encoding', None)
    if not encoding or encoding.lower() == 'utf-8':
        return stream.write

    def write(text):
        stream.write(text.encode(encoding, 'backslashreplace').decode(encoding))
    return write


def _effective_flags(flags, directives):
    for flag, switched_on in directives.items():
        flags = flags | flag if switched_on else flags & ~flag
    return flags


class DocTestRunner:
    """Runs DocTests: prints a report for each failing example (and, when verbose, for
    every example), and tallies failures and tries per test name for summarize()."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._tallies = {}  # test name -> (failed, tried), summed over runs
        self._stdout = _ExampleStdout()

    # -- reports (overridable: DebugRunner raises instead) ----------------------

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        expecting = ('Expecting:\n' + _indent(example.want) if example.want
                     else 'Expecting nothing\n')
        out('Trying:\n' + _indent(example.source) + expecting)

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        difference = self._checker.output_difference(example, got, self.optionflags)
        out(self._failure_heading(test, example) + difference)

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_heading(test, example) + 'Exception raised:\n'
            + _indent(_traceback_text(exc_info)))

    def _failure_heading(self, test, example):
        if not test.filename:
            where = 'Line %s, in %s' % (example.lineno + 1, test.name)
        else:
            known = test.lineno is not None and example.lineno is not None
            line = test.lineno + example.lineno + 1 if known else '?'
            where = 'File "%s", line %s, in %s' % (test.filename, line, test.name)
        return '%s\n%s\nFailed example:\n%s' % (self.DIVIDER, where, _indent(example.source))

    # -- running ------------------------------------------------------------------

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Runs test's examples in test.globs with stdout captured, reporting through out
        (default: the real stdout); returns TestResults(failed, attempted)."""
        self.test = test
        if compileflags is None:
            compileflags = _future_flags(test.globs)
        real_stdout = sys.stdout
        if out is None:
            out = _stdout_writer(real_stdout)
        replaced_lines = self._publish_sources(test)
        real_displayhook = getattr(sys, 'displayhook', None)
        if hasattr(sys, '__displayhook__'):
            sys.displayhook = sys.__displayhook__  # examples echo values as the REPL does
        sys.stdout = self._stdout
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = real_stdout
            if real_displayhook is not None:
                sys.displayhook = real_displayhook
            self._unpublish_sources(replaced_lines)
            if clear_globs:
                test.globs.clear()
                builtins._ = None

    def _publish_sources(self, test):
        """Puts each example's source in linecache under the file name it is compiled with,
        which is where tpy's traceback printer finds the lines it quotes; returns the
        entries it displaced."""
        displaced = {}
        for index, example in enumerate(test.examples):
            key = _SOURCE_NAME % (test.name, index)
            displaced[key] = linecache.cache.get(key)
            linecache.cache[key] = (len(example.source), None, example.source.splitlines(True),
                                    key)
        return displaced

    @staticmethod
    def _unpublish_sources(displaced):
        for key, entry in displaced.items():
            if entry is None:
                linecache.cache.pop(key, None)
            else:
                linecache.cache[key] = entry

    def _run_examples(self, test, compileflags, out):
        base_flags = self.optionflags
        flags = base_flags
        failed = tried = 0
        for index, example in enumerate(test.examples):
            # After a failure, REPORT_ONLY_FIRST_FAILURE silences the reports; it is read
            # from the flags the previous example ran with, as in CPython.
            quiet = bool(flags & REPORT_ONLY_FIRST_FAILURE) and failed > 0
            flags = base_flags
            if example.options:
                flags = _effective_flags(flags, example.options)
            self.optionflags = flags
            if flags & SKIP:
                continue
            tried += 1
            if not quiet:
                self.report_start(out, test, example)
            got, exc_info = self.__run(test, index, example, compileflags)
            outcome = self._outcome(example, got, exc_info, flags)
            if exc_info is not None and not quiet:
                got += _traceback_text(exc_info)
            if outcome is not _PASSED:
                failed += 1
            if not quiet:
                if outcome is _PASSED:
                    self.report_success(out, test, example, got)
                elif outcome is _WRONG_OUTPUT:
                    self.report_failure(out, test, example, got)
                else:
                    self.report_unexpected_exception(out, test, example, exc_info)
            if failed and flags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self._tally(test.name, failed, tried)
        return TestResults(failed, tried)

    def __run(self, test, index, example, compileflags):
        """Executes one example; returns (its output, exc_info or None). Tracebacks of the
        example's exceptions start at this frame (the report helpers of the conformance
        programs recognise it by the name)."""
        filename = _SOURCE_NAME % (test.name, index)
        try:
            exec(compile(example.source, filename, 'single', compileflags, True), test.globs)
            exc_info = None
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            exc_info = (type(exc), exc, exc.__traceback__)
        return self._stdout.collect(), exc_info

    def _outcome(self, example, got, exc_info, flags):
        check = self._checker.check_output
        if exc_info is None:
            return _PASSED if check(example.want, got, flags) else _WRONG_OUTPUT
        if example.exc_msg is None:
            return _RAISED
        raised = traceback.format_exception_only(exc_info[0], exc_info[1])[-1]
        if check(example.exc_msg, raised, flags):
            return _PASSED
        if flags & IGNORE_EXCEPTION_DETAIL and check(_bare_exception_name(example.exc_msg),
                                                     _bare_exception_name(raised), flags):
            return _PASSED
        return _WRONG_OUTPUT

    # -- counts -------------------------------------------------------------------

    def _tally(self, name, failed, tried):
        before_failed, before_tried = self._tallies.get(name, (0, 0))
        self._tallies[name] = (before_failed + failed, before_tried + tried)
        self.failures += failed
        self.tries += tried

    def merge(self, other):
        """Adds other's per-name counts to this runner's (for summarize)."""
        for name, (failed, tried) in other._tallies.items():
            before_failed, before_tried = self._tallies.get(name, (0, 0))
            self._tallies[name] = (before_failed + failed, before_tried + tried)

    def summarize(self, verbose=None):
        """Prints the totals (verbose: also the names without examples and those that
        passed); returns TestResults(failed, attempted)."""
        if verbose is None:
            verbose = self._verbose
        counts = sorted(self._tallies.items())
        total_failed = sum(failed for _, (failed, _) in counts)
        total_tried = sum(tried for _, (_, tried) in counts)
        failing = [(name, f, t) for name, (f, t) in counts if f]
        if verbose:
            empty = [name for name, (_, t) in counts if not t]
            passing = [(name, t) for name, (f, t) in counts if t and not f]
            if empty:
                print('%d items had no tests:' % len(empty))
                for name in empty:
                    print('    ' + name)
            if passing:
                print('%d items passed all tests:' % len(passing))
                for name, tried in passing:
                    print(' %3d tests in %s' % (tried, name))
        if failing:
            print(self.DIVIDER)
            print('%d items had failures:' % len(failing))
            for name, failed, tried in failing:
                print(' %3d of %3d in %s' % (failed, tried, name))
        if verbose:
            print('%d tests in %d items.' % (total_tried, len(counts)))
            print('%d passed and %d failed.' % (total_tried - total_failed, total_failed))
        if total_failed:
            print('***Test Failed*** %d failures.' % total_failed)
        elif verbose:
            print('Test passed.')
        return TestResults(total_failed, total_tried)


class DocTestFailure(Exception):
    """DebugRunner's exception for an example whose output does not match; carries the
    test, the example and what it printed (got)."""

    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """DebugRunner's exception for an example that raised when it should not have; carries
    the test, the example and the exception's exc_info."""

    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that stops at the first problem by raising it (testmod(raise_on_error=True)),
    leaving the test's globals in place so that they can be inspected."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        results = super().run(test, compileflags, out, clear_globs=False)
        if clear_globs:
            test.globs.clear()
        return results

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)
