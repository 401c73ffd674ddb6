"""asyncio.run and asyncio.Runner: an event loop owned for one or more top-level coroutines.

On closing, the owner cancels whatever tasks are still pending, lets async generators
and the default executor shut down, then closes the loop.
"""

import contextvars

from . import coroutines
from . import events
from . import tasks

__all__ = ('Runner', 'run')


def _refuse_when_nested(who):
    running = events._get_running_loop()
    if running is not None:
        raise RuntimeError(who + ' cannot be called from a running event loop')


def _cancel_leftovers(loop):
    """Cancel the tasks still pending on `loop`, wait for them, report the ones that failed."""
    pending = tasks.all_tasks(loop)
    if not pending:
        return
    for task in pending:
        task.cancel()
    loop.run_until_complete(tasks.gather(*pending, return_exceptions=True))
    for task in pending:
        if task.cancelled():
            continue
        error = task.exception()
        if error is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': error,
                'task': task,
            })


class Runner:
    """Owns an event loop across several run() calls; usable as a context manager.

    The loop is made on first use (get_loop() or run()), not in __init__.
    """

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._make_loop = loop_factory
        # Only a loop we made ourselves becomes (and later stops being) the thread's current loop.
        self._owns_current = loop_factory is None
        self._loop = None
        self._closed = False
        # One copy of the creating code's context, shared by every run() without context=.
        self._run_context = None

    def __enter__(self):
        self._ensure_loop()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def _ensure_loop(self):
        if self._closed:
            raise RuntimeError('Runner is closed')
        if self._loop is not None:
            return
        if self._owns_current:
            loop = events.new_event_loop()
            events.set_event_loop(loop)
        else:
            loop = self._make_loop()
        if self._debug is not None:
            loop.set_debug(self._debug)
        self._loop = loop
        self._run_context = contextvars.copy_context()

    def get_loop(self):
        self._ensure_loop()
        return self._loop

    def run(self, coro, *, context=None):
        if not coroutines.iscoroutine(coro):
            raise ValueError('a coroutine was expected, got %r' % (coro,))
        _refuse_when_nested('Runner.run()')
        self._ensure_loop()
        main = self._loop.create_task(coro, context=self._run_context if context is None else context)
        return self._loop.run_until_complete(main)

    def close(self):
        # A runner whose loop was never made has nothing to close and stays usable.
        loop = self._loop
        if loop is None or self._closed:
            return
        try:
            _cancel_leftovers(loop)
            for shutdown in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(shutdown())
        finally:
            if self._owns_current:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._closed = True


def run(main, *, debug=None):
    """Run the coroutine `main` in a new event loop, close the loop, and return main's result."""
    _refuse_when_nested('asyncio.run()')
    runner = Runner(debug=debug)
    with runner:
        return runner.run(main)
