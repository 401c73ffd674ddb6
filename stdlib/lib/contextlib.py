"""contextlib for tpy: helpers for with statements (and async with), behaving as CPython 3.11's.

Layout: the two abstract bases; the decorator mix-ins; the context managers built from
generators by @contextmanager / @asynccontextmanager; the small ready-made managers; and
the exit stacks, which unwind a list of exit callbacks the way nested with blocks would."""

import sys
from abc import ABC, abstractmethod
from functools import wraps
from types import GenericAlias, MethodType
from _collections import deque

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager', 'AsyncExitStack',
           'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr',
           'suppress', 'aclosing', 'chdir']


def _implements(cls, *names):
    """True if cls (through its MRO) defines every name, and none of them as None (the way a
    class opts out of a protocol); NotImplemented lets issubclass fall back to real bases."""
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(ABC):
    """Base for context managers: __enter__ gives back self, __exit__ must be written.
    Any class with both methods counts as a subclass (isinstance works without inheriting)."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _implements(C, '__enter__', '__exit__')


class AbstractAsyncContextManager(ABC):
    """The async twin of AbstractContextManager (__aenter__ / __aexit__)."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        return self

    @abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _implements(C, '__aenter__', '__aexit__')


class ContextDecorator:
    """Mix-in letting a context manager decorate a function: each call runs inside it.
    A subclass that cannot be entered twice overrides _recreate_cm to hand out a fresh one."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return run_inside


class AsyncContextDecorator:
    """ContextDecorator for async context managers decorating coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return run_inside


# --- managers made from generators -------------------------------------------------------

class _GeneratorCMBase:
    """What the sync and async generator managers share: the generator made from one call,
    and the call itself, kept until entry so the decorator form can make a fresh manager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # The manager documents itself with the generator function's docstring if it has one.
        own_doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc
        # Set last, in the reverse of the order _forget_call deletes them (CPython's order, which
        # names 'args' when a manager is entered twice): the instance dict stays compact.
        self.func = func
        self.kwds = kwds
        self.args = args

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def _forget_call(self):
        # Entering twice is an error: the second entry fails on these missing attributes.
        del self.args, self.kwds, self.func


# What next() answers for a generator manager's generator that stopped.
_STOPPED = object()


def _came_back_unchanged(raised, thrown, stop_types):
    """After throwing `thrown` into the generator, is `raised` (what came out) that same
    exception, possibly wrapped in a RuntimeError because a generator may not let a
    StopIteration escape (PEP 479)? Then the with statement should re-raise the original."""
    if raised is thrown:
        return True
    return (isinstance(thrown, stop_types) and isinstance(raised, RuntimeError)
            and raised.__cause__ is thrown)


class _GeneratorContextManager(_GeneratorCMBase, AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_call()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            # A generator that stops is the common end: asked with a default, not a StopIteration.
            if next(self.gen, _STOPPED) is _STOPPED:
                return False
            raise RuntimeError("generator didn't stop")
        if exc is None:
            exc = exc_type()
        try:
            self.gen.throw(exc)
        except StopIteration as finished:
            # The generator returned, so it handled the exception: suppress it (unless the
            # StopIteration is the body's own exception, which cannot happen since PEP 479).
            return finished is not exc
        except BaseException as raised:
            if not _came_back_unchanged(raised, exc, StopIteration):
                raise
            # throw() added the generator's frames to the traceback; the with statement
            # re-raises the exception as it was raised in the body.
            exc.__traceback__ = tb
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorCMBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_call()
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if exc is None:
            exc = exc_type()
        try:
            await self.gen.athrow(exc)
        except StopAsyncIteration as finished:
            return finished is not exc
        except BaseException as raised:
            if not _came_back_unchanged(raised, exc, (StopIteration, StopAsyncIteration)):
                raise
            exc.__traceback__ = tb
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """Decorator: a generator function that yields once becomes a context manager factory.
    The code before the yield runs on entry, the yielded value is bound by `as`, and an
    exception from the with body is raised at the yield."""
    @wraps(func)
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return make_manager


def asynccontextmanager(func):
    """Decorator: @contextmanager for async generator functions, used with `async with`."""
    @wraps(func)
    def make_manager(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return make_manager


# --- small ready-made managers ----------------------------------------------------------

class closing(AbstractContextManager):
    """Gives back `thing` on entry and calls thing.close() on exit, whatever happened."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async closing: awaits thing.aclose() on exit (e.g. to finalize an async generator)."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing, with or async with: stands in where a manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc_info):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *exc_info):
        pass


class suppress(AbstractContextManager):
    """Swallows exceptions of the given types raised in the with body."""

    def __init__(self, *exceptions):
        self._kinds = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        return issubclass(exc_type, self._kinds)


class _SysStreamSwap(AbstractContextManager):
    """Puts new_target in place of one sys stream for the with body. The replaced streams are
    kept on a stack, so the same manager can be entered again while already in use."""

    _attr = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._replaced = []

    def __enter__(self):
        self._replaced.append(getattr(sys, self._attr))
        setattr(sys, self._attr, self._new_target)
        return self._new_target

    def __exit__(self, *exc_info):
        setattr(sys, self._attr, self._replaced.pop())


class redirect_stdout(_SysStreamSwap):
    """Sends sys.stdout to another file for the duration of the with block."""
    _attr = 'stdout'


class redirect_stderr(_SysStreamSwap):
    """Sends sys.stderr to another file for the duration of the with block."""
    _attr = 'stderr'


class chdir(AbstractContextManager):
    """Changes the working directory for the with block (re-entrant, like the redirects)."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        import os
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *exc_info):
        import os
        os.chdir(self._previous.pop())


# --- exit stacks -------------------------------------------------------------------------

_ABSENT = object()


def _not_a_manager(cls, kind):
    return TypeError("'%s.%s' object does not support the %scontext manager protocol"
                     % (cls.__module__, cls.__qualname__, kind))


def _bind_exit(manager, exit_method):
    """The manager's __exit__ (or __aexit__) bound to it: a method object rather than a
    closure, so that no frame of ours shows in the traceback of an exception it raises."""
    return MethodType(exit_method, manager)


def _chain_through(exc, in_flight, handled):
    """An exit callback raised `exc` while `in_flight` was propagating. Python chained exc to
    `handled` (the exception the caller of __exit__ is handling), which skips the exception
    in flight; relink the chain so it runs exc -> ... -> in_flight, as nested with blocks
    would have made it."""
    if handled is None or exc is in_flight:
        return
    link = exc
    while link.__context__ is not handled:
        if link.__context__ is None or link.__context__ is in_flight:
            return
        link = link.__context__
    link.__context__ = in_flight


class _ExitStackBase:
    """The stack of pending exits, shared by ExitStack and AsyncExitStack. Each entry is
    (is_sync, callback); callbacks take (exc_type, exc, tb) and may return True to
    suppress the exception. Kept as CPython keeps it (a deque named _exit_callbacks), which
    some code inspects."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Moves every pending exit to a new stack of the same type, and returns it."""
        other = type(self)()
        other._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return other

    def push(self, exit):
        """Adds a context manager's __exit__ (the manager is not entered), or any callable
        taking the three exception values; returns its argument, so it works as a decorator."""
        exit_method = getattr(type(exit), '__exit__', _ABSENT)
        if exit_method is _ABSENT:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _bind_exit(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        """Enters a context manager and pushes its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        enter = getattr(cls, '__enter__', _ABSENT)
        exit_method = getattr(cls, '__exit__', _ABSENT)
        if enter is _ABSENT or exit_method is _ABSENT:
            raise _not_a_manager(cls, '') from None
        value = enter(cm)
        self._exit_callbacks.append((True, _bind_exit(cm, exit_method)))
        return value

    def callback(self, callback, /, *args, **kwds):
        """Schedules callback(*args, **kwds) on exit; it does not see the exception."""
        # Named as CPython's wrapper: the name shows in the traceback of a failing callback.
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback


class _Unwinding:
    """The state of one unwind: the exception still in flight (as three values), whether a
    callback suppressed one, and whether the last word was a callback raising."""

    def __init__(self, exc_details):
        self.details = exc_details
        self.handled = sys.exc_info()[1]
        self.suppressed = False
        self.raising = False

    def callback_returned(self, result):
        if result:
            self.suppressed = True
            self.raising = False
            self.details = (None, None, None)

    def callback_raised(self, exc):
        _chain_through(exc, self.details[1], self.handled)
        self.raising = True
        self.details = (type(exc), exc, exc.__traceback__)



class ExitStack(_ExitStackBase, AbstractContextManager):
    """Runs a dynamic stack of exit callbacks, last in first out, like nested with blocks:
    each one sees the exception the later ones left, and may suppress it or raise another."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        state = _Unwinding(exc_details)
        pending = self._exit_callbacks
        while pending:
            callback = pending.pop()[1]
            try:
                state.callback_returned(callback(*state.details))
            except BaseException as exc:
                state.callback_raised(exc)
        if state.raising:
            # Raising here chains the exception to what our caller is handling; its context
            # was set right by callback_raised, so put that back.
            exc = state.details[1]
            context = exc.__context__
            try:
                raise exc
            finally:
                exc.__context__ = context
        return exc_details[0] is not None and state.suppressed

    def close(self):
        """Runs every pending exit now, as leaving the with block without an exception."""
        self.__exit__(None, None, None)


class AsyncExitStack(_ExitStackBase, AbstractAsyncContextManager):
    """ExitStack for async with: it also takes async context managers and coroutine
    callbacks, awaited in turn when the stack unwinds."""

    async def enter_async_context(self, cm):
        """Enters an async context manager and pushes its __aexit__; returns what __aenter__ returned."""
        cls = type(cm)
        enter = getattr(cls, '__aenter__', _ABSENT)
        exit_method = getattr(cls, '__aexit__', _ABSENT)
        if enter is _ABSENT or exit_method is _ABSENT:
            raise _not_a_manager(cls, 'asynchronous ') from None
        value = await enter(cm)
        self._exit_callbacks.append((False, _bind_exit(cm, exit_method)))
        return value

    def push_async_exit(self, exit):
        """push() for an async manager's __aexit__ or a coroutine function of the three values."""
        exit_method = getattr(type(exit), '__aexit__', _ABSENT)
        if exit_method is _ABSENT:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, _bind_exit(exit, exit_method)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Schedules `await callback(*args, **kwds)` on exit."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    async def aclose(self):
        """Runs every pending exit now, as leaving the async with block without an exception."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        state = _Unwinding(exc_details)
        pending = self._exit_callbacks
        while pending:
            is_sync, callback = pending.pop()
            try:
                result = callback(*state.details)
                if not is_sync:
                    result = await result
                state.callback_returned(result)
            except BaseException as exc:
                state.callback_raised(exc)
        if state.raising:
            # Raising here chains the exception to what our caller is handling; its context
            # was set right by callback_raised, so put that back.
            exc = state.details[1]
            context = exc.__context__
            try:
                raise exc
            finally:
                exc.__context__ = context
        return exc_details[0] is not None and state.suppressed
