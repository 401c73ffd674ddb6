"""Queues for passing work between threads: FIFO, LIFO and priority order.

Queue keeps its items in self.queue behind four hooks (_init, _qsize, _put, _get) that
subclasses replace to change the order; one lock guards the items, and three conditions
on that lock wake the getters, the putters and join().
"""

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _now
from types import GenericAlias as _GenericAlias

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


# CPython defines Empty in its C module _queue (an uncaught one prints '_queue.Empty').
Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


_BAD_TIMEOUT = "'timeout' must be a non-negative number"


def _wait_while(cond, blocked, block, timeout, failure):
    """With cond held and blocked() true: wait until blocked() is false, or raise failure.

    block=False fails at once; timeout=None waits for ever; otherwise the wait gives
    up after timeout seconds, measured on the monotonic clock across wake-ups.
    """
    if not block:
        raise failure
    if timeout is None:
        while blocked():
            cond.wait()
        return
    deadline = _now() + timeout
    while blocked():
        left = deadline - _now()
        if left <= 0.0:
            raise failure
        cond.wait(left)


class Queue:
    """A FIFO queue; maxsize <= 0 means no limit. get() and put() wait as needed."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = lock = threading.Lock()
        self.not_empty = threading.Condition(lock)
        self.not_full = threading.Condition(lock)
        self.all_tasks_done = threading.Condition(lock)
        # put() counts up, task_done() counts down; join() waits for zero.
        self.unfinished_tasks = 0

    def _is_empty(self):
        return self._qsize() == 0

    def _is_full(self):
        return self._qsize() >= self.maxsize

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            # An unbounded queue never waits, so it never looks at the timeout.
            if self.maxsize > 0:
                if block and timeout is not None and timeout < 0:
                    raise ValueError(_BAD_TIMEOUT)
                if self._qsize() >= self.maxsize:
                    _wait_while(self.not_full, self._is_full, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if block and timeout is not None and timeout < 0:
                raise ValueError(_BAD_TIMEOUT)
            if self._qsize() == 0:
                _wait_while(self.not_empty, self._is_empty, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    def task_done(self):
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1
            if self.unfinished_tasks == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks > 0:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        with self.mutex:
            return self.maxsize > 0 and self._qsize() >= self.maxsize

    # The storage hooks; they run with the mutex held.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class LifoQueue(Queue):
    """A queue that hands out its most recent entry first."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """A queue that hands out its smallest entry first (self.queue is a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


def _simple_queue_class(name, slots):
    """An unbounded FIFO queue class, without task tracking: SimpleQueue, which stands in for
    CPython's C type (slots, no instance dict), and _PySimpleQueue, its pure-Python twin."""

    class SimpleQueue:
        """Simple, unbounded, reentrant FIFO queue."""

        if slots:
            # The C type has no instance dict (setting an attribute is an AttributeError).
            __slots__ = ('_items', '_available', '__weakref__')
        __class_getitem__ = classmethod(_GenericAlias)

        def __init__(self):
            self._items = deque()
            # One permit per queued item: get() takes a permit before it pops.
            self._available = threading.Semaphore(0)

        def put(self, item, block=True, timeout=None):
            # Never full: block and timeout exist for compatibility with Queue.put.
            self._items.append(item)
            self._available.release()

        def put_nowait(self, item):
            self.put(item)

        def get(self, block=True, timeout=None):
            if block and timeout is not None and timeout < 0:
                raise ValueError(_BAD_TIMEOUT)
            # Semaphore.acquire refuses a timeout on a non-blocking call.
            if self._available.acquire(block, timeout if block else None):
                return self._items.popleft()
            raise Empty

        def get_nowait(self):
            return self.get(False)

        def empty(self):
            return not self._items

        def qsize(self):
            return len(self._items)

    SimpleQueue.__name__ = SimpleQueue.__qualname__ = name
    for attr in vars(SimpleQueue).values():
        if hasattr(attr, '__code__'):
            attr.__qualname__ = f'{name}.{attr.__name__}'
    return SimpleQueue


_PySimpleQueue = _simple_queue_class('_PySimpleQueue', slots=False)
SimpleQueue = _simple_queue_class('SimpleQueue', slots=True)


# CPython's SimpleQueue is the C type _queue.SimpleQueue.
SimpleQueue.__module__ = '_queue'
from _c_type_names import as_c_type as _as_c_type
_as_c_type(SimpleQueue, ('__module__',))
del _as_c_type
