"""concurrent.futures' Future (a result that another thread delivers), Executor, wait and as_completed."""

import collections
import logging
import threading
import time
import types

# wait()'s return_when values.
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# A future's states. CANCELLED_AND_NOTIFIED: cancelled, and the executor has seen it (so it will
# never run); only then do wait() and as_completed() count the future as settled.
PENDING, RUNNING, CANCELLED, FINISHED = 'PENDING', 'RUNNING', 'CANCELLED', 'FINISHED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'

_STATE_TO_DESCRIPTION_MAP = {state: state.lower() for state in (PENDING, RUNNING, CANCELLED, FINISHED)}
_STATE_TO_DESCRIPTION_MAP[CANCELLED_AND_NOTIFIED] = 'cancelled'

_WAS_CANCELLED = frozenset((CANCELLED, CANCELLED_AND_NOTIFIED))
_OVER = frozenset((CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED))
_SETTLED = frozenset((CANCELLED_AND_NOTIFIED, FINISHED))
# What set_running_or_notify_cancel() moves a future to; other states are an executor's bug.
_STARTED_FROM = {PENDING: RUNNING, CANCELLED: CANCELLED_AND_NOTIFIED}

LOGGER = logging.getLogger('concurrent.futures')


class Error(Exception):
    """Base class for the errors of this module."""


class CancelledError(Error):
    """The Future was cancelled before it ran."""


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
        self._result = self._exception = None
        # _Watch objects of wait()/as_completed() calls, told when this future settles.
        self._waiters = []
        self._callbacks = []

    def __repr__(self):
        text = '<%s at %#x state=%s' % (type(self).__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])
        if self._state != FINISHED:
            return text + '>'
        if self._exception is None:
            return '%s returned %s>' % (text, type(self._result).__name__)
        return '%s raised %s>' % (text, type(self._exception).__name__)

    # -- the waiting side

    def cancelled(self):
        return self._state in _WAS_CANCELLED

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in _OVER

    def cancel(self):
        """Cancel unless already running or done; True if it is now cancelled."""
        with self._condition:
            state = self._state
            if state != PENDING:
                return state in _WAS_CANCELLED
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def _settle_within(self, timeout):
        """Block until over (TimeoutError after `timeout`); then the exception, or None for a result."""
        with self._condition:
            if self._state not in _OVER:
                self._condition.wait(timeout)
            state = self._state
        if state == FINISHED:
            return self._exception
        if state in _WAS_CANCELLED:
            raise CancelledError()
        raise TimeoutError()

    def result(self, timeout=None):
        self._settle_within(timeout)
        return self.__get_result()

    def __get_result(self):
        # Named as CPython's: 'return self.__get_result()' and 'raise self._exception' are the
        # lines a re-raised exception's traceback shows.
        if self._exception is None:
            return self._result
        try:
            raise self._exception
        finally:
            # The traceback holds this frame: drop the reference that would keep a cycle alive.
            self = None

    def exception(self, timeout=None):
        return self._settle_within(timeout)

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in _OVER:
                self._callbacks.append(fn)
                return
        # A failing done-callback is logged, not raised. The frame and line a logged traceback
        # shows ('fn(self)' in add_done_callback, 'callback(self)' in _invoke_callbacks) are
        # CPython's.
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _invoke_callbacks(self):
        # One failing callback stops neither the others nor the thread that settled the future.
        for callback in self._callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    # -- the running side (executors, and tests)

    def set_running_or_notify_cancel(self):
        """Called by an executor before running the call: False if it was cancelled meanwhile."""
        with self._condition:
            following = _STARTED_FROM.get(self._state)
            if following is None:
                LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
                raise RuntimeError('Future in unexpected state')
            self._state = following
            if following == RUNNING:
                return True
            for watch in self._waiters:
                watch.saw(self)
            return False

    def _settle(self, result, exception):
        with self._condition:
            if self._state in _OVER:
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._result, self._exception = result, exception
            self._state = FINISHED
            for watch in self._waiters:
                watch.saw(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        self._settle(result, None)

    def set_exception(self, exception):
        self._settle(None, exception)


def _raised(future):
    return future._state == FINISHED and future._exception is not None


class Executor:
    """Runs calls somewhere else; submit() hands back a Future for each."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        # Everything is submitted now, before the first result is asked for.
        stop_at = None if timeout is None else time.monotonic() + timeout
        pending = [self.submit(fn, *call_args) for call_args in zip(*iterables)]
        pending.reverse()
        return _results_in_order(pending, stop_at)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _result_or_cancel(fut, timeout=None):
    # A future map() has given up on (its consumer stopped, or an earlier one failed) is cancelled.
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


def _results_in_order(fs, end_time):
    """map()'s iterator: futures are popped from the end; whatever is left when it stops is cancelled.

    Its generator is named result_iterator and its lines read as CPython's, as the traceback of
    an exception map() re-raises shows them.
    """
    def result_iterator():
        try:
            while fs:
                # fs.pop() inside the call: this frame keeps no reference to the future.
                if end_time is None:
                    yield _result_or_cancel(fs.pop())
                else:
                    yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
        finally:
            for future in fs:
                future.cancel()
    return result_iterator()


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


class _Watch:
    """One wait()/as_completed() call's view of a group of futures: which have settled, in order."""

    def __init__(self, futures, return_when):
        self.futures = futures
        self.return_when = return_when
        self.lock = threading.Lock()
        self.bell = threading.Event()
        self.done = set()
        self.fresh = []     # settled since as_completed() last looked

    def __enter__(self):
        for future in self.futures:
            with future._condition:
                future._waiters.append(self)
                if future._state in _SETTLED:
                    self.done.add(future)
        return self

    def __exit__(self, *exc_info):
        for future in self.futures:
            with future._condition:
                if self in future._waiters:
                    future._waiters.remove(self)

    def satisfied(self):
        if self.return_when == FIRST_COMPLETED:
            return bool(self.done)
        if self.return_when == FIRST_EXCEPTION and any(_raised(f) for f in self.done):
            return True
        return len(self.done) == len(self.futures)

    def saw(self, future):
        """Called by `future`, under its condition, when it settles."""
        with self.lock:
            self.done.add(future)
            self.fresh.append(future)
            if self.satisfied():
                self.bell.set()

    def take_fresh(self):
        with self.lock:
            batch, self.fresh = self.fresh, []
            self.bell.clear()
        return batch


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until the futures are done (or the first one, or the first failure); (done, not_done)."""
    fs = set(fs)
    with _Watch(fs, return_when) as watch:
        if not watch.satisfied():
            watch.bell.wait(timeout)
        with watch.lock:
            done = set(watch.done)
    return DoneAndNotDoneFutures(done, fs.difference(done))


def as_completed(fs, timeout=None):
    """Yield the futures as they finish; TimeoutError if `timeout` runs out first."""
    stop_at = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    with _Watch(fs, FIRST_COMPLETED) as watch:
        with watch.lock:
            ready = list(watch.done)
            watch.fresh.clear()
            watch.bell.clear()
        unseen = fs.difference(ready)
        while True:
            yield from ready
            if not unseen:
                return
            left = None if stop_at is None else stop_at - time.monotonic()
            if left is not None and left < 0 or not watch.bell.wait(left):
                raise TimeoutError('%d (of %d) futures unfinished' % (len(unseen), len(fs)))
            ready = [f for f in watch.take_fresh() if f in unseen]
            unseen.difference_update(ready)
