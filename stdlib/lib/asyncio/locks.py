"""Synchronization between tasks of one event loop: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.

Every primitive parks a waiting task on a fresh future kept in a deque; waking a task
means giving its future a result. A future that is already done belongs to a task that
was woken or cancelled before it ran again, so the wake-up helpers step over it.
"""

import collections

from . import events
from . import exceptions

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')


def _new_waiter(waiters):
    fut = events.get_running_loop().create_future()
    waiters.append(fut)
    return fut


def _first_pending(waiters):
    for fut in waiters:
        if not fut.done():
            return fut
    return None


class _Primitive:
    """What all the primitives share: `async with` (acquire/release) and the bracketed repr."""

    async def __aenter__(self):
        await self.acquire()
        # `async with lock as x` binds None, as in CPython.
        return None

    async def __aexit__(self, *exc_info):
        self.release()

    def _status(self):
        raise NotImplementedError

    def _waiter_count(self):
        return len(self._waiters) if self._waiters else 0

    def __repr__(self):
        words = self._status()
        count = self._waiter_count()
        if count:
            words += ', waiters:%d' % count
        cls = type(self)
        return '<%s.%s object at %#x [%s]>' % (cls.__module__, cls.__qualname__, id(self), words)


class Lock(_Primitive):
    """A mutex; waiting tasks get it in the order they asked for it."""

    def __init__(self):
        self._waiters = None    # made on first contention
        self._locked = False

    def _status(self):
        return 'locked' if self._locked else 'unlocked'

    def locked(self):
        return self._locked

    def _free_for_newcomer(self):
        # A newcomer may not jump ahead of waiters that are still in line.
        if self._locked:
            return False
        return not self._waiters or all(fut.cancelled() for fut in self._waiters)

    async def acquire(self):
        if not self._free_for_newcomer():
            if self._waiters is None:
                self._waiters = collections.deque()
            fut = _new_waiter(self._waiters)
            try:
                try:
                    await fut
                finally:
                    self._waiters.remove(fut)
            except exceptions.CancelledError:
                # We may have been handed the lock just before the cancel: pass it on.
                if not self._locked:
                    self._signal_head()
                raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._signal_head()

    def _signal_head(self):
        # Only the head of the line is woken; it removes itself once it runs.
        if self._waiters:
            head = self._waiters[0]
            if not head.done():
                head.set_result(True)


class Event:
    """A flag tasks can wait for; set() wakes every waiter."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        words = 'set' if self._value else 'unset'
        if self._waiters:
            words += ', waiters:%d' % len(self._waiters)
        cls = type(self)
        return '<%s.%s object at %#x [%s]>' % (cls.__module__, cls.__qualname__, id(self), words)

    def is_set(self):
        return self._value

    def set(self):
        if self._value:
            return
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = _new_waiter(self._waiters)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        return True


class Condition(_Primitive):
    """Tasks wait (holding `lock` around the wait) until another task notifies them."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        # The lock's own methods, so `cond.acquire is cond._lock.acquire` style use works.
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = collections.deque()

    def _status(self):
        return 'locked' if self.locked() else 'unlocked'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = _new_waiter(self._waiters)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
            return True
        finally:
            await self._take_back_lock()

    async def _take_back_lock(self):
        # The caller holds the lock again on every way out of wait(), even when
        # cancelled while re-acquiring; the cancellation is delivered afterwards.
        cancel = None
        while True:
            try:
                await self.acquire()
            except exceptions.CancelledError as exc:
                cancel = exc
            else:
                break
        if cancel is not None:
            raise cancel

    async def wait_for(self, predicate):
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                fut.set_result(False)
                woken += 1

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_Primitive):
    """A counter of free slots; acquire() waits while none is free."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None    # made on first contention
        self._value = value

    def _status(self):
        if self.locked():
            return 'locked'
        return 'unlocked, value:%d' % self._value

    def locked(self):
        if self._value == 0:
            return True
        # Live waiters are served before any newcomer.
        return any(not fut.cancelled() for fut in self._waiters or ())

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = _new_waiter(self._waiters)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if not fut.cancelled():
                # A slot was reserved for us (value already taken); give it back.
                self._value += 1
                self._hand_slot()
            raise
        if self._value > 0:
            self._hand_slot()
        return True

    def release(self):
        self._value += 1
        self._hand_slot()

    def _hand_slot(self):
        # The slot is taken on the waiter's behalf now, so no newcomer can steal it.
        fut = _first_pending(self._waiters or ())
        if fut is not None:
            self._value -= 1
            fut.set_result(True)


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


class Barrier:
    """Holds arriving tasks until `parties` of them wait, then lets the whole group through.

    A cycle goes 'filling' (tasks arrive) -> 'draining' (the group leaves) -> 'filling'.
    reset() sends current waiters away with BrokenBarrierError ('resetting' until they
    have left); abort() leaves it 'broken' until the next reset().
    """

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._gate = Condition()
        self._phase = 'filling'
        self._inside = 0    # tasks between arriving and leaving wait()

    def __repr__(self):
        if self._phase == 'broken':
            words = 'broken'
        else:
            words = '%s, waiters:%d/%d' % (self._phase, self.n_waiting, self._parties)
        cls = type(self)
        return '<%s.%s object at %#x [%s]>' % (cls.__module__, cls.__qualname__, id(self), words)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        pass

    async def wait(self):
        """Wait for the group to fill; return this task's arrival index (0 .. parties-1)."""
        async with self._gate:
            # A group still leaving (or a reset in progress) must finish before we join.
            await self._gate.wait_for(lambda: self._phase not in ('draining', 'resetting'))
            if self._phase == 'broken':
                raise exceptions.BrokenBarrierError('Barrier aborted')
            index = self._inside
            self._inside += 1
            try:
                if self._inside == self._parties:
                    self._phase = 'draining'
                    self._gate.notify_all()
                else:
                    await self._gate.wait_for(lambda: self._phase != 'filling')
                    if self._phase in ('broken', 'resetting'):
                        raise exceptions.BrokenBarrierError('Abort or reset of barrier')
                return index
            finally:
                self._leave()

    def _leave(self):
        self._inside -= 1
        # The last one out opens the barrier for the next group.
        if not self._inside and self._phase in ('draining', 'resetting'):
            self._phase = 'filling'
            self._gate.notify_all()

    async def reset(self):
        async with self._gate:
            # With tasks inside, they must leave (broken) before a new group may fill.
            self._phase = 'resetting' if self._inside else 'filling'
            self._gate.notify_all()

    async def abort(self):
        async with self._gate:
            self._phase = 'broken'
            self._gate.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase == 'filling' else 0

    @property
    def broken(self):
        return self._phase == 'broken'
