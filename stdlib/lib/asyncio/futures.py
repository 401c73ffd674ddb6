"""asyncio.Future: a result that will be set later, with callbacks scheduled on its loop."""

import contextvars

from . import exceptions
from . import events

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Whether obj is a Future (a class marked as asyncio-compatible)."""
    return getattr(obj.__class__, '_asyncio_future_blocking', None) is not None and obj._asyncio_future_blocking is not None


class Future:
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    # True while a Task waits on this future (set by __await__, cleared by the Task).
    _asyncio_future_blocking = False
    # Whether an exception was set and nobody has looked at it yet.
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return f'<{self.__class__.__name__} {" ".join(self._repr_info())}>'

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={_short_repr(self._result)}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        exc = exceptions.CancelledError() if self._cancel_message is None else exceptions.CancelledError(self._cancel_message)
        return exc

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if context is None:
            context = contextvars.copy_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        filtered = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(filtered)
        if removed:
            self._callbacks[:] = filtered
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True
        self._loop._note_unretrieved(self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _short_repr(value):
    r = repr(value)
    return r if len(r) <= 80 else r[:37] + '...' + r[-38:]


def _callback_name(cb):
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None) or repr(cb)
    if getattr(cb, '__self__', None) is not None and type(cb.__self__).__name__ == 'Task' and name.startswith('Task.'):
        return 'Task.task_wakeup()' if name == 'Task._wakeup' else name + '()'
    return name + '()'


def _format_callbacks(cb):
    size = len(cb)
    if size == 1:
        s = _callback_name(cb[0][0])
    elif size == 2:
        s = f'{_callback_name(cb[0][0])}, {_callback_name(cb[1][0])}'
    else:
        s = f'{_callback_name(cb[0][0])}, <{size - 2} more>, {_callback_name(cb[-1][0])}'
    return f'cb=[{s}]'


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    raise NotImplementedError('tpy has no concurrent.futures: wrap_future takes asyncio futures only')

# CPython's Future is C (_asyncio.Future): tracebacks show none of its frames.
from _c_type_names import as_c_function as _as_c_function
_as_c_function(Future)
del _as_c_function
