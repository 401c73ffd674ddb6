"""asyncio.timeout / timeout_at: an `async with` block whose task is cancelled at a deadline.

The cancellation the deadline causes is turned into TimeoutError (raised from the
CancelledError) when the block exits; any other cancellation goes through untouched.
"""

from . import events
from . import exceptions
from . import tasks

__all__ = ('Timeout', 'timeout', 'timeout_at')

# A Timeout's life, in the words its repr and errors use.
_CREATED = 'created'
_ACTIVE = 'active'
_EXPIRING = 'expiring'     # the deadline passed and the task was cancelled
_EXPIRED = 'expired'       # ... and the block has exited
_FINISHED = 'finished'     # the block exited before the deadline


class Timeout:

    def __init__(self, when):
        self._state = _CREATED
        self._when = when
        self._alarm = None
        self._task = None
        # The task's pending cancel requests on entry: more on exit means someone else cancelled it too.
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        assert self._state != _CREATED
        if self._state != _ACTIVE:
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        if when is not None:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._alarm = loop.call_soon(self._on_timeout)
            else:
                self._alarm = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        shown = ''
        if self._state == _ACTIVE:
            shown = ' when=' + str(None if self._when is None else round(self._when, 3))
        return f'<Timeout [{self._state}]{shown}>'

    async def __aenter__(self):
        # A Timeout is used once.
        if self._state != _CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _ACTIVE
        self._task = task
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_ACTIVE, _EXPIRING)
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        if self._state == _EXPIRING:
            self._state = _EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is exceptions.CancelledError:
                raise TimeoutError from exc_val
        else:
            self._state = _FINISHED
        return None

    def _on_timeout(self):
        assert self._state == _ACTIVE
        self._task.cancel()
        self._state = _EXPIRING
        self._alarm = None


def timeout(delay):
    """A Timeout `delay` seconds from now (None: no deadline until rescheduled)."""
    loop = events.get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    """A Timeout at `when` on the running loop's clock (loop.time())."""
    return Timeout(when)
