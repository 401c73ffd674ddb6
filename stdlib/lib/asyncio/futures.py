"""asyncio.Future: a value or error delivered later, with callbacks run by its loop."""

import contextvars
import functools
import reprlib

from . import exceptions
from . import events

__all__ = ('Future', 'wrap_future', 'isfuture')

# A future moves once, from pending to cancelled or finished. The words are those of repr().
_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Whether obj is a Future (a class marked as asyncio-compatible)."""
    # The marker is looked up on the class first, so the class itself is not a future.
    if getattr(type(obj), '_asyncio_future_blocking', None) is None:
        return False
    return obj._asyncio_future_blocking is not None


class Future:
    """A pending result; set_result/set_exception/cancel settle it and schedule its callbacks."""

    # Class-level defaults keep the instance light; only what changes is set on it.
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
        if loop is None:
            loop = events.get_event_loop()
        self._loop = loop
        self._callbacks = []    # (function, context) pairs, in the order added

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        words = [self._state.lower()]
        if self._state == _FINISHED:
            words.append(_outcome_text(self))
        if self._callbacks:
            words.append(_format_callbacks(self._callbacks))
        return words

    def get_loop(self):
        return self._loop

    # Settling.

    def _settle(self, state):
        self._state = state
        waiting, self._callbacks = self._callbacks, []
        for fn, ctx in waiting:
            self._loop.call_soon(fn, self, context=ctx)

    def _check_pending(self):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')

    def set_result(self, result):
        self._check_pending()
        self._result = result
        self._settle(_FINISHED)

    def set_exception(self, exception):
        self._check_pending()
        if isinstance(exception, type):
            exception = exception()
        # A StopIteration raised out of a coroutine would end it silently instead.
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._settle(_FINISHED)
        self._log_traceback = True
        self._loop._note_unretrieved(self)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._cancel_message = msg
        self._settle(_CANCELLED)
        return True

    # Inspecting.

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def _make_cancelled_error(self):
        # A Task keeps the CancelledError its coroutine raised; hand that out once.
        kept = self._cancelled_exc
        if kept is not None:
            self._cancelled_exc = None
            return kept
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def _outcome(self, missing):
        """The settled future's exception (or None); raise if cancelled or still pending."""
        if self._state == _FINISHED:
            self._log_traceback = False
            return self._exception
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError(missing)

    def result(self):
        error = self._outcome('Result is not set.')
        if error is not None:
            raise error
        return self._result

    def exception(self):
        return self._outcome('Exception is not set.')

    # Callbacks.

    def add_done_callback(self, fn, *, context=None):
        if context is None:
            context = contextvars.copy_context()
        if self._state == _PENDING:
            self._callbacks.append((fn, context))
        else:
            self._loop.call_soon(fn, self, context=context)

    def remove_done_callback(self, fn):
        kept = [entry for entry in self._callbacks if entry[0] != fn]
        dropped = len(self._callbacks) - len(kept)
        if dropped:
            self._callbacks[:] = kept
        return dropped

    # Awaiting: a task sees the future yielded with the blocking flag set and waits on it.

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
            if self._state == _PENDING:
                raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _short_repr(value):
    return reprlib.repr(value)


def _outcome_text(fut):
    if fut._exception is not None:
        return 'exception=%r' % (fut._exception,)
    return 'result=' + _short_repr(fut._result)


def _describe_call(fn):
    """(how fn is named, 'file:line' of its source or None) for a callback's repr."""
    if isinstance(fn, functools.partial):
        # A partial shows its function followed by the arguments it binds.
        shown = [reprlib.repr(arg) for arg in fn.args]
        shown += ['%s=%s' % (key, reprlib.repr(val)) for key, val in fn.keywords.items()]
        text, source = _describe_call(fn.func)
        return text + '(%s)' % ', '.join(shown), source
    owner = getattr(fn, '__self__', None)
    name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None) or repr(fn)
    if owner is not None and type(owner).__name__ == 'Task' and name.startswith('Task.'):
        # CPython's Task is C code: its wake-up callback has its C name and no source.
        return ('Task.task_wakeup' if name == 'Task._wakeup' else name), None
    code = getattr(fn, '__code__', None)
    if owner is None and code is not None:
        # A plain Python function shows where it was defined.
        return name, '%s:%d' % (code.co_filename, code.co_firstlineno)
    return name, None


def _callback_name(fn):
    text, source = _describe_call(fn)
    return text + '()' if source is None else '%s() at %s' % (text, source)


def _format_callbacks(callbacks):
    names = [_callback_name(fn) for fn, _ in callbacks]
    if len(names) > 2:
        names = [names[0], '<%d more>' % (len(names) - 2), names[-1]]
    return 'cb=[%s]' % ', '.join(names)


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _is_thread_future(obj):
    import concurrent.futures
    return isinstance(obj, concurrent.futures.Future)


def _copy_outcome(source, dest):
    """Settle `dest` (either kind of future) as the finished `source` ended."""
    if source.cancelled():
        dest.cancel()
        return
    if _is_thread_future(dest) and not dest.set_running_or_notify_cancel():
        return
    error = source.exception()
    if error is not None:
        dest.set_exception(error)
    else:
        dest.set_result(source.result())


def _chain_future(source, dest):
    """Make `dest` end as `source` does, and cancelling `dest` cancel `source`.

    Either may be a concurrent.futures.Future, settled in another thread: what
    touches an asyncio future then goes through its loop's call_soon_threadsafe.
    """
    source_loop = None if _is_thread_future(source) else source._loop
    dest_loop = None if _is_thread_future(dest) else dest._loop

    def _settle_dest(src):
        if dest.cancelled():
            return
        _copy_outcome(src, dest)

    def _on_dest_done(d):
        if not d.cancelled():
            return
        if source_loop is None or source_loop is dest_loop:
            source.cancel()
        else:
            source_loop.call_soon_threadsafe(source.cancel)

    def _on_source_done(src):
        if dest.cancelled() and dest_loop is not None:
            return
        if dest_loop is None or dest_loop is source_loop:
            _settle_dest(src)
        elif not dest_loop.is_closed():
            dest_loop.call_soon_threadsafe(_settle_dest, src)

    dest.add_done_callback(_on_dest_done)
    source.add_done_callback(_on_source_done)


def wrap_future(future, *, loop=None):
    """An asyncio Future for a concurrent.futures.Future (an asyncio one is returned as it is)."""
    if isfuture(future):
        return future
    if not _is_thread_future(future):
        raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future

# CPython's Future is C (_asyncio.Future): tracebacks show none of its frames.
from _c_type_names import as_c_function as _as_c_function
_as_c_function(Future)
del _as_c_function
