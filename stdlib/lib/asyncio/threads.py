"""asyncio.to_thread: run a blocking function in the loop's default thread pool and await it."""

import contextvars
import functools

from . import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Call func(*args, **kwargs) in a worker thread, in a copy of the caller's context."""
    loop = events.get_running_loop()
    context = contextvars.copy_context()
    call = functools.partial(context.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
