"""unittest.TestResult: what a run collected (failures, errors, skips) and the tracebacks' text."""

import io
import sys
import traceback

from .util import strclass

# Frames of modules that define __unittest are the framework's: failure reports leave them out.
__unittest = True


def failfast(method):
    """Decorates an add* method: with the result's failfast set, the run stops after this outcome."""
    def add_and_maybe_stop(self, *args, **kwargs):
        _stop_if_failfast(self)
        return method(self, *args, **kwargs)
    add_and_maybe_stop.__name__ = method.__name__
    add_and_maybe_stop.__qualname__ = method.__qualname__
    add_and_maybe_stop.__doc__ = method.__doc__
    return add_and_maybe_stop


def _stop_if_failfast(res):
    # getattr: a result built without TestResult.__init__ may lack the flag.
    if getattr(res, 'failfast', False):
        res.stop()


def _framework_frame(tb):
    return '__unittest' in tb.tb_frame.f_globals


def _trim_traceback(tb, cut_tail):
    """tb without the framework's leading frames (TestCase.run and the like).

    With cut_tail, the traceback of a failed assert* also ends before the first
    framework frame after the test's own, so it stops at the test's assert line.
    """
    while tb is not None and _framework_frame(tb):
        tb = tb.tb_next
    if cut_tail and tb is not None:
        last_own = tb
        while last_own.tb_next is not None and not _framework_frame(last_own.tb_next):
            last_own = last_own.tb_next
        last_own.tb_next = None
    return tb


def _labelled(label, text):
    if not text.endswith('\n'):
        text += '\n'
    return f'\n{label}:\n{text}'


class TestResult(object):
    """Collects the outcome of each test; the runner reads it at the end."""

    # Kept by TestSuite.run across the tests of one run, for class and module fixtures.
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.testsRun = 0
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.failfast = False
        self.buffer = False
        self.tb_locals = False
        # With buffer set, a test's prints go to the capture (two StringIOs, made on first
        # use) instead of the streams saved here; they are shown only if it fails.
        self._capture = None
        self._real_streams = (sys.stdout, sys.stderr)
        self._show_capture = False

    def __repr__(self):
        return (f"<{strclass(type(self))} run={self.testsRun} "
                f"errors={len(self.errors)} failures={len(self.failures)}>")

    # -- the run and each test --

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._show_capture = False
        self._setupStdout()

    def stopTest(self, test):
        self._restoreStdout()
        self._show_capture = False

    def stop(self):
        self.shouldStop = True

    def printErrors(self):
        pass

    def wasSuccessful(self):
        if self.failures or self.errors:
            return False
        # A subclass that predates unexpectedSuccesses may not have it.
        return not getattr(self, 'unexpectedSuccesses', ())

    # -- the outcomes --

    def addSuccess(self, test):
        pass

    @failfast
    def addError(self, test, err):
        self._record(self.errors, test, err, test)

    @failfast
    def addFailure(self, test, err):
        self._record(self.failures, test, err, test)

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        _stop_if_failfast(self)
        failed = issubclass(err[0], test.failureException)
        self._record(self.failures if failed else self.errors, subtest, err, test)

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def _record(self, where, shown_as, err, test):
        where.append((shown_as, self._exc_info_to_string(err, test)))
        self._show_capture = True

    # -- output capture (buffer=True) --

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._capture is None:
            self._capture = (io.StringIO(), io.StringIO())
        sys.stdout, sys.stderr = self._capture

    def _restoreStdout(self):
        if not self.buffer:
            return
        real_out, real_err = self._real_streams
        if self._show_capture:
            # A failed test's captured output goes to the real streams after all.
            for label, buf, real in (('Stdout', self._capture[0], real_out),
                                     ('Stderr', self._capture[1], real_err)):
                if buf.getvalue():
                    real.write(_labelled(label, buf.getvalue()))
        sys.stdout, sys.stderr = real_out, real_err
        for buf in self._capture:
            buf.seek(0)
            buf.truncate()

    # -- failure text --

    def _exc_info_to_string(self, err, test):
        """The traceback text of err, without the frames of unittest itself."""
        exctype, value, tb = err
        failure = test.failureException
        tb = _trim_traceback(tb, exctype is failure)
        # The chained exceptions are printed too: trim their tracebacks in place.
        seen = {id(value)}
        pending = [value] if value is not None else []
        while pending:
            exc = pending.pop()
            for linked in (exc.__cause__, exc.__context__):
                if linked is not None and id(linked) not in seen:
                    seen.add(id(linked))
                    linked.__traceback__ = _trim_traceback(linked.__traceback__,
                                                           type(linked) is failure)
                    pending.append(linked)
        # tb_locals (unittest --locals) lists each frame's locals under its line.
        text = ''.join(traceback.TracebackException(exctype, value, tb, capture_locals=self.tb_locals,
                                                    compact=True).format())
        if self.buffer:
            out, errout = sys.stdout.getvalue(), sys.stderr.getvalue()
            if out:
                text += _labelled('Stdout', out)
            if errout:
                text += _labelled('Stderr', errout)
        return text
