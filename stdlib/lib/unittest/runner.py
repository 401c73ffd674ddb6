"""unittest.TextTestRunner and TextTestResult: the dots (or one line per test) and the report."""

import sys
import time
import warnings

from . import result
from .case import _SubTest

__unittest = True


class _WritelnDecorator(object):
    """Wraps the runner's stream: everything is the stream's, plus writeln()."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        # Refusing these keeps copy/pickle and a half-built wrapper from recursing.
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        self.stream.write(f'{arg}\n' if arg else '\n')


class TextTestResult(result.TestResult):
    """A TestResult that writes progress to a stream: '.', 'F', 'E', 's' or 'name ... ok'."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.descriptions = descriptions
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        # False while a verbose 'name ... ' waits on its line for the status word.
        self._newline = True

    def getDescription(self, test):
        doc = test.shortDescription()
        if doc and self.descriptions:
            return f'{test}\n{doc}'
        return str(test)

    def _progress(self, test, word, mark):
        """Shows one outcome: the word at verbosity 2, the one-character mark at 1, nothing at 0."""
        stream = self.stream
        if self.showAll:
            subtest = isinstance(test, _SubTest)
            # A subtest's outcome gets its own indented line; so does an outcome that
            # comes after the test's line was already finished (by a subtest).
            if subtest or self._newline:
                if not self._newline:
                    stream.writeln()
                stream.write(('  ' if subtest else '') + self.getDescription(test) + ' ... ')
            stream.writeln(word)
            stream.flush()
            self._newline = True
        elif self.dots:
            stream.write(mark)
            stream.flush()

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + ' ... ')
            self.stream.flush()
            self._newline = False

    def addSuccess(self, test):
        super().addSuccess(test)
        self._progress(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._progress(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._progress(test, 'FAIL', 'F')

    def addSubTest(self, test, subtest, err):
        # A passing subtest shows nothing; its test reports 'ok' at the end.
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._progress(subtest, *(('FAIL', 'F') if failed else ('ERROR', 'E')))
        super().addSubTest(test, subtest, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._progress(test, f'skipped {reason!r}', 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._progress(test, 'expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._progress(test, 'unexpected success', 'u')

    def printErrors(self):
        stream = self.stream
        if self.showAll or self.dots:
            # Ends the line of dots, or follows the last verbose line with a blank one.
            stream.writeln()
            stream.flush()
        for flavour, found in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, found)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            stream.writeln(self.separator1)
            for test in surprises:
                stream.writeln('UNEXPECTED SUCCESS: ' + self.getDescription(test))
            stream.flush()

    def printErrorList(self, flavour, errors):
        stream = self.stream
        for test, text in errors:
            stream.writeln(self.separator1)
            stream.writeln(f'{flavour}: {self.getDescription(test)}')
            stream.writeln(self.separator2)
            stream.writeln(f'{text}')
            stream.flush()


def _summary_counts(res):
    """The parenthesised counts after FAILED or OK, in CPython's order."""
    counts = []
    if not res.wasSuccessful():
        counts.append(('failures', len(res.failures)))
        counts.append(('errors', len(res.errors)))
    # A result class of its own may lack the newer lists; they count as empty.
    for label, attr in (('skipped', 'skipped'), ('expected failures', 'expectedFailures'),
                        ('unexpected successes', 'unexpectedSuccesses')):
        counts.append((label, len(getattr(res, attr, ()))))
    return [f'{label}={n}' for label, n in counts if n]


class TextTestRunner(object):
    """Runs a test or suite and writes the results (to sys.stderr unless given a stream)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def _run_timed(self, test, res):
        """Runs test into res between startTestRun and stopTestRun; the seconds it took."""
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            # time.perf_counter is looked up at each run: tests may replace it.
            started = time.perf_counter()
            begin = getattr(res, 'startTestRun', None)
            if begin is not None:
                begin()
            try:
                test(res)
            finally:
                end = getattr(res, 'stopTestRun', None)
                if end is not None:
                    end()
            return time.perf_counter() - started

    def run(self, test):
        res = self._makeResult()
        res.failfast = self.failfast
        res.buffer = self.buffer
        res.tb_locals = self.tb_locals
        elapsed = self._run_timed(test, res)
        res.printErrors()
        out = self.stream
        if hasattr(res, 'separator2'):
            out.writeln(res.separator2)
        n = res.testsRun
        out.writeln(f"Ran {n} test{'' if n == 1 else 's'} in {elapsed:.3f}s")
        out.writeln()
        verdict = 'OK' if res.wasSuccessful() else 'FAILED'
        counts = _summary_counts(res)
        out.writeln(f"{verdict} ({', '.join(counts)})" if counts else verdict)
        out.flush()
        return res
