"""asyncio queues: FIFO, LIFO and priority, with waiting getters and putters."""

import collections
import heapq

from . import events
from . import locks

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full queue."""


def _release_one(waiters):
    # Futures of waiters that gave up are already done; skip past them to a live one.
    while waiters:
        fut = waiters.popleft()
        if not fut.done():
            fut.set_result(None)
            return


class Queue:
    """A FIFO queue for coroutines; maxsize <= 0 means unbounded.

    Subclasses pick the storage and order through _init, _put and _get.
    """

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished_tasks = 0
        # Set whenever no put item is waiting for its task_done(); join() waits on it.
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    # Storage hooks (overridden by LifoQueue and PriorityQueue).

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    # Description.

    def _describe(self):
        parts = ['maxsize=%r' % (self._maxsize,)]
        pending = getattr(self, '_queue', None)
        if pending:
            parts.append('_queue=%r' % (list(pending),))
        for label, waiters in (('_getters', self._getters), ('_putters', self._putters)):
            if waiters:
                parts.append('%s[%d]' % (label, len(waiters)))
        if self._unfinished_tasks:
            parts.append('tasks=%d' % self._unfinished_tasks)
        return ' '.join(parts)

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__name__, id(self), self._describe())

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._describe())

    # Size.

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        limit = self._maxsize
        return limit > 0 and self.qsize() >= limit

    # Blocking.

    async def _wait_while(self, blocked, waiters):
        """Park on a fresh future in `waiters` until `blocked()` turns false."""
        while blocked():
            fut = events.get_running_loop().create_future()
            waiters.append(fut)
            try:
                await fut
            except:
                # Woken (result set) but cancelled before running: that wake-up
                # belongs to someone else now, so hand it on if still possible.
                woken = fut.done() and not fut.cancelled()
                fut.cancel()
                if fut in waiters:
                    waiters.remove(fut)
                if woken and not blocked():
                    _release_one(waiters)
                raise

    async def put(self, item):
        await self._wait_while(self.full, self._putters)
        return self.put_nowait(item)

    async def get(self):
        await self._wait_while(self.empty, self._getters)
        return self.get_nowait()

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _release_one(self._getters)

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _release_one(self._putters)
        return item

    # Work accounting.

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Smallest item first (a heap kept in a list)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Most recently put item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
