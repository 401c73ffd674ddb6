"""concurrent.futures' Future (a result that another thread delivers), Executor, wait and as_completed."""

import collections
import logging
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# A future's states. CANCELLED_AND_NOTIFIED: cancelled, and the executor knows it will never run.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}

LOGGER = logging.getLogger('concurrent.futures')


class Error(Exception):
    """Base class for the errors of this module."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The Future is not in a state that allows the operation."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work (a worker failed to start, say)."""


class Future:
    """A call's result or exception, set by the thread that runs it and waited for by others."""

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        # Functions told of every change of state (wait() and as_completed() use them).
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        head = '<%s at %#x state=%s' % (type(self).__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])
        if self._state == FINISHED:
            if self._exception is not None:
                return head + ' raised %s>' % type(self._exception).__name__
            return head + ' returned %s>' % type(self._result).__name__
        return head + '>'

    def _run_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def _tell_waiters(self):
        for waiter in self._waiters:
            waiter(self)

    def cancel(self):
        """Cancel unless already running or done; True if it is now cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        return self._state in _CANCELLED_STATES

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in _DONE_STATES

    def _outcome(self):
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        return self._exception

    def _wait_until_done(self, timeout):
        with self._condition:
            if self._state not in _DONE_STATES:
                self._condition.wait(timeout)
            if self._state not in _DONE_STATES:
                raise TimeoutError()

    def result(self, timeout=None):
        self._wait_until_done(timeout)
        error = self._outcome()
        if error is not None:
            try:
                raise error
            finally:
                # The traceback would keep this frame (and the future) alive.
                self = None
        return self._result

    def exception(self, timeout=None):
        self._wait_until_done(timeout)
        return self._outcome()

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    # For executors (and tests): the running side.

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                self._tell_waiters()
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            self._tell_waiters()
            self._condition.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)


class Executor:
    """Runs calls somewhere else; submit() hands back a Future for each."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        deadline = None if timeout is None else timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def _results():
            try:
                fs.reverse()
                while fs:
                    if deadline is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(deadline - time.monotonic())
            finally:
                for f in fs:
                    f.cancel()
        return _results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _failed(f):
    return not f.cancelled() and f._state == FINISHED and f._exception is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until the futures are done (or the first one, or the first failure); (done, not_done)."""
    fs = set(fs)
    signal = threading.Event()

    def finished_enough():
        done = {f for f in fs if f.done()}
        if return_when == FIRST_COMPLETED:
            return bool(done)
        if return_when == FIRST_EXCEPTION and any(_failed(f) for f in done):
            return True
        return len(done) == len(fs)

    def on_change(f):
        if finished_enough():
            signal.set()

    for f in fs:
        with f._condition:
            f._waiters.append(on_change)
    try:
        if not finished_enough():
            signal.wait(timeout)
    finally:
        for f in fs:
            with f._condition:
                f._waiters.remove(on_change)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yield the futures as they finish; TimeoutError if `timeout` runs out first."""
    deadline = None if timeout is None else timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    arrived = collections.deque()
    signal = threading.Event()
    lock = threading.Lock()

    def on_change(f):
        with lock:
            arrived.append(f)
        signal.set()

    with lock:
        finished = [f for f in fs if f.done()]
        pending = fs - set(finished)
        for f in pending:
            with f._condition:
                f._waiters.append(on_change)
    try:
        yield from finished
        while pending:
            wait_for = None if deadline is None else deadline - time.monotonic()
            if wait_for is not None and wait_for < 0:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            if not signal.wait(wait_for):
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            with lock:
                batch = list(arrived)
                arrived.clear()
                signal.clear()
            for f in batch:
                if f in pending and f.done():
                    pending.discard(f)
                    yield f
    finally:
        for f in fs:
            with f._condition:
                if on_change in f._waiters:
                    f._waiters.remove(on_change)
