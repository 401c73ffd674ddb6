"""ThreadPoolExecutor: calls run by a pool of worker threads that take them from a queue in turn."""

import atexit
import itertools
import os
import queue
import threading

from . import _base

# Set at exit: no pool accepts work any more. Pools that started workers are listed so the
# exit hook can join those workers (they are daemon threads, which tpy would not wait for).
_exiting = False
_pools_with_workers = []


def _finish_pools_at_exit():
    global _exiting
    _exiting = True
    for pool in list(_pools_with_workers):
        pool.shutdown(wait=True)


atexit.register(_finish_pools_at_exit)

_pool_numbers = itertools.count()

# Queued once by shutdown(); a worker that takes it puts it back for the next one, then ends.
_STOP = None


def _default_worker_count():
    # Leaves room for calls that mostly wait on I/O, without growing without bound on big machines.
    return min(32, 4 + (os.cpu_count() or 1))


class _WorkItem:
    """One submitted call: its future, and what to call (named and worded as CPython's, whose
    'run' frame and 'result = self.fn(...)' line a re-raised exception's traceback shows)."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        # Nothing to do when the future was cancelled while queued.
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # The exception's traceback holds this frame: no cycle through the work item.
            self = None
        else:
            self.future.set_result(result)


def _worker(pool, jobs, idle, startup):
    """A worker thread's body (named as CPython's, which a failing initializer's traceback shows):
    run the initializer, then jobs until the stop marker."""
    initializer, initargs = startup
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            pool._mark_broken()
            return
    # A plain loop, not iter(jobs.get, _STOP): a blocking get() must run in this thread's own
    # frames, and iter() would call it from native code, where a thread cannot be parked.
    while True:
        job = jobs.get()
        if job is _STOP:
            jobs.put(_STOP)
            return
        job.run()
        # Let go of the finished job (and its result) before waiting for the next one.
        job = None
        idle.release()


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool can run nothing more."""


class ThreadPoolExecutor(_base.Executor):
    """Runs submitted calls on up to max_workers threads, started as the work arrives."""

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = _default_worker_count()
        elif max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if not (initializer is None or callable(initializer)):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix or 'ThreadPoolExecutor-%d' % next(_pool_numbers)
        self._startup = (initializer, initargs)
        self._jobs = queue.SimpleQueue()
        # One count per worker waiting for a job: a new worker is started only when none is.
        self._idle = threading.Semaphore(0)
        self._threads = set()
        self._broken = False      # or the reason, once an initializer has failed
        self._shutdown = False
        self._lock = threading.Lock()

    def _refuse_if_closed(self):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if _exiting:
            raise RuntimeError('cannot schedule new futures after interpreter shutdown')

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            self._refuse_if_closed()
            future = _base.Future()
            self._jobs.put(_WorkItem(future, fn, args, kwargs))
            self._grow()
        return future

    def _grow(self):
        if self._idle.acquire(timeout=0) or len(self._threads) >= self._max_workers:
            return
        worker = threading.Thread(name='%s_%d' % (self._thread_name_prefix, len(self._threads)),
                                  target=_worker, args=(self, self._jobs, self._idle, self._startup),
                                  daemon=True)
        worker.start()
        self._threads.add(worker)
        if self not in _pools_with_workers:
            _pools_with_workers.append(self)

    def _drain(self):
        """The futures of the jobs still queued, taken off the queue (stop markers dropped)."""
        futures = []
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return futures
            if job is not _STOP:
                futures.append(job.future)

    def _mark_broken(self):
        with self._lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            for future in self._drain():
                future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                for future in self._drain():
                    future.cancel()
            self._jobs.put(_STOP)
        if wait:
            for worker in list(self._threads):
                worker.join()
        if self in _pools_with_workers:
            _pools_with_workers.remove(self)
