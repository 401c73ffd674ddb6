"""sched: a general-purpose event scheduler.

A scheduler keeps events in a heap ordered by (time, priority, sequence); run() waits for
the first one with `delayfunc` (time.sleep by default), calls it, and goes on until none
are left. Times are whatever `timefunc` returns (time.monotonic by default), so a program
may drive it with a clock of its own.
"""

import heapq
import itertools
import threading
from collections import namedtuple
from time import monotonic as _time, sleep as _sleep

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'Numeric type compatible with the return value of the timefunc function passed to the constructor.'
Event.priority.__doc__ = 'Events scheduled for the same time will be executed in the order of their priority.'
Event.sequence.__doc__ = 'A continually increasing sequence number that separates events if time and priority are equal.'
Event.action.__doc__ = 'Executing the event means executing action(*argument, **kwargs)'
Event.argument.__doc__ = 'argument is a sequence holding the positional arguments for the action.'
Event.kwargs.__doc__ = 'kwargs is a dictionary holding the keyword arguments for the action.'

_NO_KWARGS = object()  # kwargs left out: each event then gets a dict of its own


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=_sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedules action(*argument, **kwargs) at `time`; returns the event, for cancel()."""
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedules an event `delay` time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs the events as their times come. With blocking false, runs those that are due and
        returns how long until the next one (None when the queue is empty)."""
        queue = self._queue
        while True:
            with self._lock:
                if not queue:
                    return None
                first = queue[0]
                now = self.timefunc()
                due = first.time <= now
                if due:
                    heapq.heappop(queue)
            if not due:
                if not blocking:
                    return first.time - now
                self.delayfunc(first.time - now)
            else:
                first.action(*first.argument, **first.kwargs)
                # A zero delay between events lets other threads run.
                self.delayfunc(0)

    @property
    def queue(self):
        """The pending events in the order they will run, as a list."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
