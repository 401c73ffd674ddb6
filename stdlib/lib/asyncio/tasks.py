"""Tasks (a coroutine driven by the loop, one step per callback) and the functions that combine them."""

import contextvars
import itertools

from . import events
from . import exceptions
from . import futures
from .coroutines import iscoroutine

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'current_task', 'all_tasks', 'run_coroutine_threadsafe',
           '_register_task', '_unregister_task', '_enter_task', '_leave_task')

# Unnamed tasks are numbered Task-1, Task-2, ... across the whole program.
_task_numbers = itertools.count(1)
_current_tasks = {}
# The tasks not yet done (as keys, in creation order): a Task leaves when its last step ends
# it, so a finished task (and its result) is not kept alive for the rest of the program.
# CPython holds them in a WeakSet; tasks registered by _register_task stay until unregistered.
_all_tasks = {}


def _given_or_running(loop):
    return events.get_running_loop() if loop is None else loop


def current_task(loop=None):
    return _current_tasks.get(_given_or_running(loop))


def all_tasks(loop=None):
    loop = _given_or_running(loop)
    return {t for t in _all_tasks if t._loop is loop and not t.done()}


class Task(futures.Future):
    """A coroutine run by the event loop: each step sends into it until it awaits a future."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._name = 'Task-%d' % next(_task_numbers) if name is None else str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._cancel_requests = 0
        # Every step of the coroutine runs in this Context: a copy of the creator's, by default.
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self._step, context=self._context)
        _all_tasks[self] = None

    def _repr_info(self):
        info = [self._state.lower()]
        info.insert(1, f'name={self._name!r}')
        coro = self._coro
        # 3.11 still runs plain generators as tasks: their fields are gi_*, not cr_*.
        code = getattr(coro, 'cr_code', None) or coro.gi_code
        frame = coro.cr_frame if hasattr(coro, 'cr_frame') else coro.gi_frame
        if frame is not None:
            info.append(f'coro=<{coro.__qualname__}() running at {code.co_filename}:{frame.f_lineno}>')
        else:
            info.append(f'coro=<{coro.__qualname__}() done, defined at {code.co_filename}:{code.co_firstlineno}>')
        if self._state == futures._FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={futures._short_repr(self._result)}')
        if self._fut_waiter is not None:
            info.append(f'wait_for={self._fut_waiter!r}')
        elif self._callbacks:
            info.append(futures._format_callbacks(self._callbacks))
        if self._must_cancel:
            info[0] = 'cancelling'
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests:
            self._cancel_requests -= 1
        return self._cancel_requests

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._cancel_requests += 1
        waiting_on = self._fut_waiter
        if waiting_on is not None and waiting_on.cancel(msg=msg):
            # The waiter's callback (_wakeup) will throw CancelledError into the coroutine.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            # A cancel() that found nothing to cancel is delivered now, into the coroutine.
            self._must_cancel = False
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
        coro = self._coro
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                futures.Future.set_result(self, e.value)
        except exceptions.CancelledError as e:
            self._cancelled_exc = _without_own_frame(e)
            futures.Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as e:
            futures.Future.set_exception(self, _without_own_frame(e))
            raise
        except BaseException as e:
            futures.Future.set_exception(self, _without_own_frame(e))
        else:
            self._wait_on(result)
        finally:
            _current_tasks.pop(self._loop, None)
            if self._state != futures._PENDING:
                _all_tasks.pop(self, None)
            self = None

    def _wait_on(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result._loop is not self._loop:
                self._loop.call_soon(self._step, RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop'), context=self._context)
            elif blocking:
                if result is self:
                    self._loop.call_soon(self._step, RuntimeError(f'Task cannot await on itself: {self!r}'), context=self._context)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup, context=self._context)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                self._loop.call_soon(self._step, RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}'), context=self._context)
        elif result is None:
            # A bare yield (sleep(0)): run again on the next turn.
            self._loop.call_soon(self._step, context=self._context)
        else:
            self._loop.call_soon(self._step, RuntimeError(f'Task got bad yield: {result!r}'), context=self._context)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()
        self = None


def _without_own_frame(exc):
    # The C Task of CPython adds no frame of its own to the coroutine's traceback.
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code is Task._step.__code__:
        exc.__traceback__ = tb.tb_next
    return exc


def create_task(coro, *, name=None, context=None):
    # 3.11 makes the task unnamed and names it afterwards, so a named task still uses up a
    # 'Task-N' number (loop.create_task(name=...) does not): later default names depend on it.
    task = events.get_running_loop().create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    given = coro_or_future
    if futures.isfuture(given):
        if loop is not None and loop is not given._loop:
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return given
    if not iscoroutine(given):
        if not hasattr(given, '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        # Any other awaitable runs inside a small coroutine of its own.
        given = _wrap_awaitable(given)
    return _given_or_current(loop).create_task(given)


def _given_or_current(loop):
    return events.get_event_loop() if loop is None else loop


async def _wrap_awaitable(awaitable):
    return await awaitable


class _Sleep0:
    """sleep(0)'s awaitable: one bare yield, so the task runs again on the loop's next turn."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Wait `delay` seconds (the loop waits with time.sleep when nothing else is ready)."""
    if delay <= 0:
        await _Sleep0()
        return result
    future = events.get_running_loop().create_future()
    alarm = future.get_loop().call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        alarm.cancel()


class _GatheringFuture(futures.Future):
    """gather()'s outer future: cancelling it cancels the children instead."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        # Set when a cancel() reached a child: the gather then ends cancelled.
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        reached = [child.cancel(msg=msg) for child in self._children]
        if any(reached):
            self._cancel_requested = True
            return True
        return False


def _failure_of(fut):
    """The error a settled future ends with (CancelledError when cancelled), or None."""
    if fut.cancelled():
        return fut._make_cancelled_error()
    return fut.exception()


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        empty = events.get_event_loop().create_future()
        empty.set_result([])
        return empty

    def _done_callback(fut):
        nonlocal remaining
        remaining -= 1
        if outer is None or outer.done():
            # Nobody will see this child's error now; mark it retrieved anyway.
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            failure = _failure_of(fut)
            if failure is not None:
                outer.set_exception(failure)
                return
        if remaining:
            return
        if outer._cancel_requested:
            # The last child to finish gives the error (with the cancel's message).
            outer.set_exception(fut._make_cancelled_error())
            return
        results = []
        for child in children:
            if child.cancelled():
                # Only the message is carried over; no CancelledError is taken from the child.
                message = child._cancel_message
                results.append(exceptions.CancelledError('' if message is None else message))
            else:
                error = child.exception()
                results.append(child.result() if error is None else error)
        outer.set_result(results)

    # The same awaitable passed twice runs once; both places get its result.
    made = {}     # id(arg) -> (arg, its future); arg kept so its id stays unique
    children = []
    loop = None
    outer = None
    for arg in coros_or_futures:
        known = made.get(id(arg))
        if known is None:
            fut = ensure_future(arg, loop=loop)
            loop = fut._loop
            if fut is not arg:
                # A task gather made itself reports its own error through gather.
                fut._log_traceback = False
            made[id(arg)] = (arg, fut)
            fut.add_done_callback(_done_callback)
        else:
            fut = known[1]
        children.append(fut)
    remaining = len(made)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner._loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            # The shielded work finished after its waiter gave up: retrieve its error.
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
            return
        failure = inner.exception()
        if failure is None:
            outer.set_result(inner.result())
        else:
            outer.set_exception(failure)

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _refuse_single(fs, wanted):
    if futures.isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect %s of futures, not %s' % (wanted, type(fs).__name__))


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    _refuse_single(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    return await _wait_until(fs, timeout, return_when, events.get_running_loop())


def _wake(waiter, *ignored):
    if not waiter.done():
        waiter.set_result(None)


def _ends_wait(fut, return_when, left):
    if left <= 0 or return_when == FIRST_COMPLETED:
        return True
    return return_when == FIRST_EXCEPTION and not fut.cancelled() and fut.exception() is not None


async def _wait_until(fs, timeout, return_when, loop):
    """wait()'s work: sleep on one waiter future that the futures (or the timeout) wake."""
    waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _wake, waiter)
    left = len(fs)

    def _on_completion(f):
        nonlocal left
        left -= 1
        if _ends_wait(f, return_when, left):
            if timer is not None:
                timer.cancel()
            _wake(waiter)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done = {f for f in fs if f.done()}
    return done, fs - done


async def _cancel_and_wait(fut):
    waiter = events.get_running_loop().create_future()

    def _fut_done(f):
        _wake(waiter)

    fut.add_done_callback(_fut_done)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(_fut_done)


async def wait_for(fut, timeout):
    """Wait for fut, cancelling it and raising TimeoutError after `timeout` seconds."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        waiter = timer = None
    else:
        waiter = loop.create_future()
        timer = loop.call_later(timeout, _wake, waiter)
    fut = ensure_future(fut, loop=loop)
    try:
        if waiter is None:
            # No time at all: only an already finished fut escapes the cancel.
            if fut.done():
                return fut.result()
        else:
            def _fut_done(f):
                _wake(waiter)

            fut.add_done_callback(_fut_done)
            try:
                await waiter
            except exceptions.CancelledError:
                # Cancelled from outside: take fut down with us unless it just finished.
                if fut.done():
                    return fut.result()
                fut.remove_done_callback(_fut_done)
                await _cancel_and_wait(fut)
                raise
            if fut.done():
                return fut.result()
            fut.remove_done_callback(_fut_done)
        # Time is up: cancel fut; if it still managed to finish, that result wins.
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as cancelled:
            raise exceptions.TimeoutError() from cancelled
    finally:
        if timer is not None:
            timer.cancel()


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables giving the results of fs in the order they complete."""
    _refuse_single(fs, 'an iterable')
    from .queues import Queue
    # Finished futures queue up here; None stands for "timed out".
    arrivals = Queue()
    loop = events.get_event_loop()
    todo = set()
    for f in set(fs):
        todo.add(ensure_future(f, loop=loop))
    timer = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            arrivals.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        arrivals.put_nowait(f)
        if timer is not None and not todo:
            timer.cancel()

    async def _wait_for_one():
        f = await arrivals.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if timeout is not None and todo:
        timer = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()

def run_coroutine_threadsafe(coro, loop):
    """From another thread: run coro on `loop` and return a concurrent.futures.Future of its result."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    outcome = concurrent.futures.Future()

    def _start():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), outcome)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if outcome.set_running_or_notify_cancel():
                outcome.set_exception(exc)
            raise

    loop.call_soon_threadsafe(_start)
    return outcome


# The hooks third-party loops and tasks use to keep current_task()/all_tasks() right.

def _register_task(task):
    _all_tasks[task] = None


def _unregister_task(task):
    _all_tasks.pop(task, None)


def _enter_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another task {running!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task {running!r}.')
    del _current_tasks[loop]


# CPython's Task is C (_asyncio.Task): tracebacks show none of its frames.
from _c_type_names import as_c_function as _as_c_function
_as_c_function(Task)
del _as_c_function
