"""ThreadPoolExecutor: calls run by a pool of worker threads that take them from a queue in turn."""

import atexit
import itertools
import os
import queue
import threading

from . import _base

# Set at exit: no more work is accepted, and idle workers are told to stop.
_shutting_down = False
_live_pools = []


def _stop_pools_at_exit():
    global _shutting_down
    _shutting_down = True
    for pool in list(_live_pools):
        pool.shutdown(wait=True)


atexit.register(_stop_pools_at_exit)


class _WorkItem:
    """One submitted call and the future that gets its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


def _worker(pool, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            pool._initializer_failed()
            return
    while True:
        item = work_queue.get(block=True)
        if item is not None:
            item.run()
            del item
            pool._idle.release()
            continue
        # None: the pool is shutting down; pass the word on to the next worker.
        work_queue.put(None)
        return


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool can run nothing more."""


class ThreadPoolExecutor(_base.Executor):

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        # One count per worker waiting for work: a new worker is started only when none is.
        self._idle = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or ('ThreadPoolExecutor-%d' % self._counter())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutting_down:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._add_worker_if_needed()
            return future

    def _add_worker_if_needed(self):
        if self._idle.acquire(timeout=0):
            return
        if len(self._threads) >= self._max_workers:
            return
        name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
        # Daemon threads: tpy waits for non-daemon threads before atexit, and idle
        # workers never end by themselves; the atexit hook above joins them instead.
        worker = threading.Thread(name=name, target=_worker, daemon=True,
                                  args=(self, self._work_queue, self._initializer, self._initargs))
        worker.start()
        self._threads.add(worker)
        if self not in _live_pools:
            _live_pools.append(self)

    def _take_queued(self):
        """The work items still queued, taken off the queue (the stop markers dropped)."""
        items = []
        while True:
            try:
                item = self._work_queue.get_nowait()
            except queue.Empty:
                return items
            if item is not None:
                items.append(item)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            for item in self._take_queued():
                item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for item in self._take_queued():
                    item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for worker in list(self._threads):
                worker.join()
        if self in _live_pools:
            _live_pools.remove(self)
