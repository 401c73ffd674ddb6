"""unittest.IsolatedAsyncioTestCase for tpy.

Test methods, asyncSetUp, asyncTearDown and cleanups may be coroutine functions.  Every
test gets a private event loop (an asyncio.Runner created when the test starts and closed
when it ends), and every hook runs inside one shared copy of the context, so a context
variable set while setting up is still visible to the test and to its cleanups.
"""

import asyncio
import contextvars
import inspect
import warnings

from .case import TestCase


def _async_cm_methods(cm):
    """The (__aenter__, __aexit__) pair looked up on type(cm), or TypeError if missing."""
    kind = type(cm)
    if hasattr(kind, '__aenter__') and hasattr(kind, '__aexit__'):
        return kind.__aenter__, kind.__aexit__
    where = f'{kind.__module__}.{kind.__qualname__}'
    raise TypeError(f"'{where}' object does not support the asynchronous "
                    "context manager protocol")


class IsolatedAsyncioTestCase(TestCase):

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        # Made fresh by run()/debug() for each test; None while no test is running.
        self._asyncioRunner = None
        # One context shared by setUp, the test, tearDown and the cleanups.
        self._asyncioTestContext = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # Nothing special is needed here: _callCleanup awaits coroutine functions.
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter the asynchronous context manager cm and schedule its exit as a cleanup."""
        aenter, aexit = _async_cm_methods(cm)
        value = await aenter(cm)
        self.addAsyncCleanup(aexit, cm, None, None, None)
        return value

    # --- running one call on the test's loop, inside the test's context ---

    def _on_loop(self, coro_func, args, kwargs):
        return self._asyncioRunner.run(coro_func(*args, **kwargs), context=self._asyncioTestContext)

    def _await_hook(self, coro_func, /, *args, **kwargs):
        runner = self._asyncioRunner
        assert runner is not None, 'asyncio runner is not initialized'
        assert inspect.iscoroutinefunction(coro_func), f'{coro_func!r} is not an async function'
        return self._on_loop(coro_func, args, kwargs)

    def _call_either(self, target, /, *args, **kwargs):
        runner = self._asyncioRunner
        assert runner is not None, 'asyncio runner is not initialized'
        if not inspect.iscoroutinefunction(target):
            return self._asyncioTestContext.run(target, *args, **kwargs)
        return self._on_loop(target, args, kwargs)

    # --- the hooks TestCase calls ---

    def _callSetUp(self):
        # Creating the loop before setUp lets a plain setUp call asyncio.get_event_loop().
        self._asyncioRunner.get_loop()
        ctx = self._asyncioTestContext
        ctx.run(self.setUp)
        self._await_hook(self.asyncSetUp)

    def _callTestMethod(self, method):
        outcome = self._call_either(method)
        if outcome is None:
            return
        warnings.warn('It is deprecated to return a value that is not None from a '
                      'test case (%s)' % (method,), DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._await_hook(self.asyncTearDown)
        ctx = self._asyncioTestContext
        ctx.run(self.tearDown)

    def _callCleanup(self, function, /, *args, **kwargs):
        self._call_either(function, *args, **kwargs)

    # --- the runner's lifetime: one per run() or debug() ---

    def _open_runner(self):
        current = self._asyncioRunner
        assert current is None, 'asyncio runner is already initialized'
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _close_runner(self):
        runner, self._asyncioRunner = self._asyncioRunner, None
        runner.close()

    def run(self, result=None):
        self._open_runner()
        try:
            return super().run(result)
        finally:
            self._close_runner()

    def debug(self):
        self._open_runner()
        super().debug()
        self._close_runner()
