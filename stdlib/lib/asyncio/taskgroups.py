"""asyncio.TaskGroup: tasks started inside an `async with` block, all finished when it ends.

The first child to fail cancels its siblings and the task running the block; the errors
leave the block as one ExceptionGroup (KeyboardInterrupt and SystemExit leave as themselves).
"""

from . import events
from . import exceptions
from . import tasks

__all__ = ('TaskGroup',)


def _is_fatal(exc):
    # These two end the program rather than the group: they are re-raised unwrapped.
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        # Whether the group itself cancelled its parent task (and so must uncancel it).
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._fatal_error = None
        # The future __aexit__ sleeps on until the last child is done.
        self._all_done = None

    def __repr__(self):
        words = ['']
        if self._tasks:
            words.append(f'tasks={len(self._tasks)}')
        if self._errors:
            words.append(f'errors={len(self._errors)}')
        if self._aborting:
            words.append('cancelling')
        elif self._entered:
            words.append('entered')
        return '<TaskGroup' + ' '.join(words) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task()
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _is_fatal(exc) and self._fatal_error is None:
            self._fatal_error = exc
        # A CancelledError out of the body goes on out, unless the group caused it itself.
        cancelled_error = exc if et is exceptions.CancelledError else None
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            cancelled_error = None
        if et is not None and not self._aborting:
            self._abort()
        # Each time the parent is cancelled while waiting here, wait again: the
        # children must all be finished before the block is left.
        while self._tasks:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except exceptions.CancelledError as cancelled:
                if not self._aborting:
                    cancelled_error = cancelled
                    self._abort()
            self._all_done = None
        if self._fatal_error is not None:
            raise self._fatal_error
        # Real errors take priority over a cancellation.
        if cancelled_error is not None and not self._errors:
            raise cancelled_error
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._all_done is not None and not self._tasks and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _is_fatal(exc) and self._fatal_error is None:
            self._fatal_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Stop whatever the block is awaiting; __aexit__ takes the cancel back.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
