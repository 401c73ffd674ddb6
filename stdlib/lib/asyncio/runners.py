"""asyncio.run: a new loop for one coroutine, then the leftover tasks cancelled and the loop closed."""

import contextvars

from . import coroutines
from . import events
from . import tasks

__all__ = ('run', 'Runner')


class Runner:
    """A loop kept across several run() calls (3.11's asyncio.Runner)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._closed = False
        self._context = None

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._loop is None or self._closed:
            self._closed = True
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._closed = True

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not coroutines.iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if events._get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        # The main task runs in the Runner's own copy of the caller's Context (the same one each run).
        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._closed:
            raise RuntimeError('Runner is closed')
        if self._loop is not None:
            return
        self._loop = events.new_event_loop() if self._loop_factory is None else self._loop_factory()
        if self._loop_factory is None:
            events.set_event_loop(self._loop)
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = contextvars.copy_context()


def run(main, *, debug=None):
    """Run the coroutine `main` in a new event loop and return its result."""
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = tasks.all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
