"""concurrent.futures._base: Future, Executor, wait and as_completed.

Written for tpy from the module's documentation. A Future's state changes under its own
threading.Condition; wait() and as_completed() put a _Waiter on every future they watch,
which the future tells when it finishes (or is cancelled and its work item dropped).
"""

import collections
import logging
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A Future's states. CANCELLED_AND_NOTIFIED: cancelled, and the waiters have been told
# (when a worker picked up the cancelled item and dropped it).
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}

LOGGER = logging.getLogger('concurrent.futures')


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError  # the builtin, since 3.11


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


class _Waiter:
    """What wait() and as_completed() block on: an Event set once enough of the watched
    futures have finished (any one, the first failure, or all, by mode)."""

    def __init__(self, mode, pending):
        self.mode = mode
        self.pending = pending
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished_futures = []

    def _finished(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            self.pending -= 1
            if (self.mode in (_AS_COMPLETED, FIRST_COMPLETED)
                    or (self.mode == FIRST_EXCEPTION and failed) or self.pending == 0):
                self.event.set()

    def add_result(self, future):
        self._finished(future, False)

    def add_exception(self, future):
        self._finished(future, True)

    def add_cancelled(self, future):
        self._finished(future, self.mode == FIRST_EXCEPTION)


def _finished(f):
    return f._state in (CANCELLED_AND_NOTIFIED, FINISHED)


class _AllConditions:
    """Holds the conditions of several futures at once (in a fixed order, so that two
    waiters cannot deadlock taking them)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *args):
        for f in self.futures:
            f._condition.release()


def _install_waiter(fs, mode, pending):
    waiter = _Waiter(mode, pending)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """An iterator over the futures in fs (duplicates once) as they finish: those already
    finished first. next() raises TimeoutError when timeout seconds have passed since the
    call with futures still unfinished."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AllConditions(fs):
        finished = [f for f in fs if _finished(f)]
        pending = fs - set(finished)
        waiter = _install_waiter(fs, _AS_COMPLETED, len(pending))
    try:
        for f in finished:
            yield f
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in finished:
                pending.discard(f)
                yield f
    finally:
        _remove_waiter(fs, waiter)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures in fs are done (return_when: FIRST_COMPLETED,
    FIRST_EXCEPTION or ALL_COMPLETED) or timeout seconds have passed; returns the named
    tuple (done, not_done) of sets."""
    fs = set(fs)
    with _AllConditions(fs):
        done = {f for f in fs if _finished(f)}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(not f.cancelled() and f.exception() is not None for f in done):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when, len(not_done))
    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


class Future:
    """The result of a call that runs elsewhere: pending, running, then finished with a
    result or an exception, or cancelled before it ran."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            head = '<%s at %#x state=%s' % (type(self).__name__, id(self),
                                            _STATE_TO_DESCRIPTION_MAP[self._state])
            if self._state == FINISHED:
                if self._exception:
                    return '%s raised %s>' % (head, type(self._exception).__name__)
                return '%s returned %s>' % (head, type(self._result).__name__)
            return head + '>'

    def cancel(self):
        """Cancels the call unless it is running or done; True if it is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _outcome(self):
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None  # no reference cycle through the traceback
        return self._result

    def _wait_done(self, timeout):
        """Under the condition: waits (at most timeout seconds) for the future to finish;
        raises CancelledError or TimeoutError."""
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == FINISHED:
            return
        self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value (waiting at most timeout seconds); raises what it raised."""
        try:
            with self._condition:
                self._wait_done(timeout)
                return self._outcome()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised, or None (waiting at most timeout seconds)."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def add_done_callback(self, fn):
        """Calls fn(future) when the future finishes or is cancelled (at once if it is)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def set_running_or_notify_cancel(self):
        """For executors: marks the future running (True), or, if it was cancelled, tells
        its waiters so (False)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                if exception is None:
                    waiter.add_result(self)
                else:
                    waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        """For executors and tests: the call returned result."""
        self._finish(result, None)

    def set_exception(self, exception):
        """For executors and tests: the call raised exception."""
        self._finish(None, exception)

    __class_getitem__ = classmethod(types.GenericAlias)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Executor:
    """The interface of the executors: submit, map, shutdown, and the with statement."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls submitted at once; the iterator's
        next() raises TimeoutError when a result is not there timeout seconds after this
        call, and the calls not yet started are cancelled when it is closed."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()  # popped from the end, in submission order
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
