"""asyncio.TaskGroup: tasks started inside an `async with` block, all finished when it ends.

The first child to fail cancels its siblings and the task running the block; the errors
leave the block as one ExceptionGroup (KeyboardInterrupt and SystemExit leave as themselves).
"""

from . import events
from . import exceptions
from . import tasks

__all__ = ('TaskGroup',)


def _ends_program(error):
    # These two end the program rather than the group: they are re-raised unwrapped.
    return isinstance(error, (KeyboardInterrupt, SystemExit))


class TaskGroup:
    """Runs child tasks for the length of an `async with` block and gathers their failures."""

    def __init__(self):
        self._entered = False
        self._closing = False        # __aexit__ has begun
        self._cancelling = False     # children were told to stop (a failure, or the body left early)
        self._loop = None
        self._host = None            # the task running the `async with` block
        # Whether the group itself cancelled its host (so __aexit__ must take that cancel back).
        self._host_cancelled_by_us = False
        self._tasks = set()
        self._errors = []
        self._fatal = None           # the first KeyboardInterrupt/SystemExit seen
        self._wakeup = None          # what __aexit__ awaits until the last child is done

    def __repr__(self):
        details = []
        if self._tasks:
            details.append(f'tasks={len(self._tasks)}')
        if self._errors:
            details.append(f'errors={len(self._errors)}')
        if self._cancelling:
            details.append('cancelling')
        elif self._entered:
            details.append('entered')
        return '<TaskGroup' + ''.join(' ' + d for d in details) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        self._loop = events.get_running_loop()
        self._host = tasks.current_task()
        if self._host is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._closing = True
        if exc is not None and _ends_program(exc):
            self._keep_fatal(exc)
        # A CancelledError out of the body goes on out, unless the group caused it itself.
        cancellation = exc if et is exceptions.CancelledError else None
        if self._host_cancelled_by_us and self._host.uncancel() == 0:
            cancellation = None
        if et is not None:
            self._stop_children()
        cancellation = await self._outlast_children(cancellation)
        self._raise_outcome(et, exc, cancellation)

    async def _outlast_children(self, cancellation):
        """Wait until no child is left; a cancel of the host meanwhile stops the children (once)."""
        while self._tasks:
            self._wakeup = self._loop.create_future()
            try:
                await self._wakeup
            except exceptions.CancelledError as cancelled:
                if not self._cancelling:
                    cancellation = cancelled
                    self._stop_children()
            self._wakeup = None
        return cancellation

    def _raise_outcome(self, et, exc, cancellation):
        if self._fatal is not None:
            raise self._fatal
        # The children's errors take priority over a cancellation.
        if cancellation is not None and not self._errors:
            raise cancellation
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            gathered, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', gathered) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            problem = 'has not been entered'
        elif self._closing and not self._tasks:
            problem = 'is finished'
        elif self._cancelling:
            problem = 'is shutting down'
        else:
            problem = None
        if problem is not None:
            raise RuntimeError(f'TaskGroup {self!r} {problem}')
        child = self._loop.create_task(coro, context=context)
        if name is not None:
            child.set_name(name)
        child.add_done_callback(self._child_done)
        self._tasks.add(child)
        return child

    def _keep_fatal(self, error):
        if self._fatal is None:
            self._fatal = error

    def _stop_children(self):
        if self._cancelling:
            return
        self._cancelling = True
        for child in self._tasks:
            if not child.done():
                child.cancel()

    def _child_done(self, child):
        self._tasks.discard(child)
        if not self._tasks and self._wakeup is not None and not self._wakeup.done():
            self._wakeup.set_result(True)
        error = None if child.cancelled() else child.exception()
        if error is None:
            return
        self._errors.append(error)
        if _ends_program(error):
            self._keep_fatal(error)
        if self._host.done():
            # Nobody is left to raise it to: report it as an unhandled error instead.
            self._loop.call_exception_handler({
                'message': f'Task {child!r} has errored out but its parent task {self._host} '
                           'is already completed',
                'exception': error,
                'task': child,
            })
        elif not self._cancelling and not self._host_cancelled_by_us:
            # Interrupt whatever the block is awaiting; __aexit__ takes the cancel back.
            self._stop_children()
            self._host_cancelled_by_us = True
            self._host.cancel()
