"""The event loop: a FIFO queue of ready callbacks and a heap of timers, run by one thread.

The loop waits for its next timer with time.sleep, which parks tpy on Node's event loop;
while other threads are alive it waits on a lock instead, which call_soon_threadsafe
releases. The loop asyncio makes (selector_events.py) adds sockets: it waits in a
selector while it has any registered. There are no pipes or signals (docs/differences.md).
"""

import _thread
import collections
import contextvars
import heapq
import math
import sys
import time
import warnings
import weakref

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop', 'BaseEventLoop',
           'BaseDefaultEventLoopPolicy', 'DefaultEventLoopPolicy',
           '_set_running_loop')

# The loop each thread is running, by thread ident (green threads may each run one).
_running_loops = {}
_loops_to_flush = []


class Handle:
    """A callback with its arguments, queued on a loop; it runs in a Context (by default a copy of
    the one current when it was queued), as in CPython."""
    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context', '_repr', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        self._repr = None

    def __repr__(self):
        return '<{}>'.format(' '.join(self._repr_parts()))

    def _repr_parts(self):
        parts = [self.__class__.__name__]
        if self._cancelled:
            parts.append('cancelled')
        if self._callback is not None:
            parts.append(_callback_repr(self._callback, self._args))
        return parts

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {_callback_repr(self._callback, self._args)}',
                'exception': exc,
                'handle': self,
            })


def _callback_repr(cb, args):
    """`name(args) at file:line`, as a callback is shown in handles and loop error messages."""
    from .futures import _describe_call
    import reprlib
    text, source = _describe_call(cb)
    text += '(' + ', '.join(reprlib.repr(a) for a in args) + ')'
    return text if source is None else f'{text} at {source}'


class TimerHandle(Handle):
    """A callback to run at a time of the loop's clock."""
    __slots__ = ('_scheduled', '_when', '_delay')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False
        self._delay = None  # call_later's delay (see _last_due_with_first)

    def _repr_parts(self):
        parts = super()._repr_parts()
        parts.insert(2 if self._cancelled else 1, f'when={self._when}')
        return parts

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


# Timers due this close after the first one wake in the same turn (_last_due_with_first).
_SAME_TURN = 1e-3


def _last_due_with_first(sched):
    """When the last timer due within _SAME_TURN of the first one, with the same call_later
    delay, falls due (sched: a heap).

    CPython sets such timers (asyncio.sleep(0.1) in several tasks) microseconds apart, where
    tpy, slower, may set them a fraction of a millisecond apart; CPython's loop, waking a
    little late, runs them in one turn (and so in their order before any callback the first
    schedules). Waiting for the last of them does the same here, and fires none early.
    Timers of other delays, or set by call_at, wake as their own times say.
    """
    first = sched[0][2]
    if first._delay is None:
        return sched[0][0]
    delay = first._delay
    limit = sched[0][0] + _SAME_TURN
    last = sched[0][0]
    stack = [0]
    n = len(sched)
    while stack:
        i = stack.pop()
        when = sched[i][0]
        if when >= limit:
            continue  # a heap: nothing below is due sooner
        timer = sched[i][2]
        if when > last and timer._delay == delay and not timer._cancelled:
            last = when
        if 2 * i + 1 < n:
            stack.append(2 * i + 1)
        if 2 * i + 2 < n:
            stack.append(2 * i + 2)
    return last


class AbstractEventLoop:
    """What every event loop offers (the methods tpy's loop implements)."""


class BaseEventLoop(AbstractEventLoop):

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._timer_seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._unretrieved = []
        self._clock_resolution = 1e-09
        self._default_executor = None
        self._executor_shutdown_called = False
        # The async generators first iterated while this loop ran (its firstiter hook), for
        # shutdown_asyncgens(). tpy's weak references made by the library hold their objects:
        # the finished ones are pruned as the set grows.
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_prune_at = 64
        self._asyncgens_shutdown_called = False
        # Held while no wake-up is pending: call_soon_threadsafe releases it, the waiting loop takes it back.
        self._wakeup = _thread.allocate_lock()
        self._wakeup.acquire()
        _loops_to_flush.append(self)

    def __repr__(self):
        return f'<{self.__class__.__name__} running={self.is_running()} closed={self.is_closed()} debug={self.get_debug()}>'

    # Scheduling

    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = self.call_soon(callback, *args, context=context)
        self._write_to_self()
        return handle

    def _write_to_self(self):
        # Wake the loop if it waits for another thread; a wake-up already pending is enough.
        try:
            self._wakeup.release()
        except RuntimeError:
            pass

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args, context=context)
        timer._delay = delay
        return timer

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        timer._scheduled = True
        self._timer_seq += 1
        heapq.heappush(self._scheduled, (when, self._timer_seq, timer))
        return timer

    def _timer_handle_cancelled(self, handle):
        pass

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        from .tasks import Task
        return Task(coro, loop=self, name=name, context=context)

    # Running

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _set_running_loop(self)
        old_agen_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def _asyncgen_finalizer_hook(self, agen):
        # An async generator dropped unfinished (the VM calls this): closed in a task of its own.
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after "
                f"loop.shutdown_asyncgens() call",
                ResourceWarning, source=self)
        agens = self._asyncgens
        if len(agens) >= self._asyncgens_prune_at:
            for done in [g for g in agens if g.ag_frame is None]:
                agens.discard(done)
            self._asyncgens_prune_at = max(64, 2 * len(agens))
        agens.add(agen)

    def run_until_complete(self, future):
        from . import futures, tasks
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._report_unretrieved()
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor, self._default_executor = self._default_executor, None
        if executor is not None:
            executor.shutdown(wait=False)

    def _run_once(self):
        """One turn: wait for the first timer unless callbacks are ready, then run the ready ones."""
        sched = self._scheduled
        while sched and sched[0][2]._cancelled:
            heapq.heappop(sched)
        if self._ready or self._stopping:
            timeout = 0
        elif sched:
            timeout = min(max(0, _last_due_with_first(sched) - self.time()), 86400)
        else:
            timeout = None
        self._wait_for_events(timeout)
        end_time = self.time() + self._clock_resolution
        while sched:
            when, _, handle = sched[0]
            if when >= end_time:
                break
            heapq.heappop(sched)
            handle._scheduled = False
            if not handle._cancelled:
                self._ready.append(handle)
        ntodo = len(self._ready)
        for _ in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()

    def _wait_for_events(self, timeout):
        """Wait up to `timeout` seconds (None: for as long as it takes) for something to do."""
        if timeout:
            # As CPython's epoll wait: whole milliseconds, rounded up.
            timeout = math.ceil(timeout * 1e3) / 1e3
        if _thread._count():
            # Another thread may call call_soon_threadsafe: wait for that or the next timer.
            if timeout is None:
                self._wakeup.acquire()
            elif timeout > 0:
                self._wakeup.acquire(True, timeout)
        elif timeout is None:
            # Nothing can ever wake a loop with no callbacks, no timers, no I/O and no other thread.
            raise RuntimeError('tpy: the event loop has nothing to wait for (no ready callbacks, timers or I/O)')
        elif timeout > 0:
            time.sleep(timeout)

    # Errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        exc_info = (type(exception), exception, exception.__traceback__) if exception is not None else False
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        import logging
        logging.getLogger('asyncio').error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    def _note_unretrieved(self, fut):
        self._unretrieved.append(fut)

    def _report_unretrieved(self):
        # DIVERGENCE: CPython reports a future whose exception nobody retrieved when the
        # future is freed; tpy has no reference counts and reports it when its loop closes
        # (or at exit).
        pending, self._unretrieved = self._unretrieved, []
        for fut in pending:
            if fut._log_traceback:
                fut._log_traceback = False
                kind = 'Task' if type(fut).__name__ == 'Task' else 'Future'
                self.call_exception_handler({
                    'message': f'{kind} exception was never retrieved',
                    'exception': fut._exception,
                    'future': fut,
                })

    # What tpy's loop has nothing to do for

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""
        self._asyncgens_shutdown_called = True
        closing_agens = [g for g in self._asyncgens if g.ag_frame is not None]
        self._asyncgens.clear()
        if not closing_agens:
            return
        from . import tasks
        results = await tasks.gather(
            *[ag.aclose() for ag in closing_agens],
            return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    # Threads

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in a worker thread (of executor, or the loop's own pool); await the result."""
        self._check_closed()
        from . import futures
        if executor is None:
            executor = self._default_executor
            if executor is None:
                if self._executor_shutdown_called:
                    raise RuntimeError('Executor shutdown has been called')
                from concurrent.futures import ThreadPoolExecutor
                executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        from concurrent.futures import ThreadPoolExecutor
        if not isinstance(executor, ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    async def shutdown_default_executor(self):
        """Wait (in a helper thread, so the loop keeps running) until the default pool's threads end."""
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is None:
            return
        import threading
        done = self.create_future()

        def _shut_down():
            try:
                executor.shutdown(wait=True)
                if not self.is_closed():
                    self.call_soon_threadsafe(done.set_result, None)
            except BaseException as exc:
                if not self.is_closed():
                    self.call_soon_threadsafe(done.set_exception, exc)

        helper = threading.Thread(target=_shut_down)
        helper.start()
        try:
            await done
        finally:
            helper.join()


def _make_selector_loop():
    # The loop with sockets (selector_events.py, asyncio.SelectorEventLoop), imported here
    # because it imports this module. It loads socket and selectors (and through them
    # collections.abc) only at the first socket it watches.
    from .selector_events import _UnixSelectorEventLoop
    return _UnixSelectorEventLoop()


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


def _get_running_loop():
    return _running_loops.get(_thread.get_ident())


def _set_running_loop(loop):
    if loop is None:
        _running_loops.pop(_thread.get_ident(), None)
    else:
        _running_loops[_thread.get_ident()] = loop


def get_running_loop():
    loop = _running_loops.get(_thread.get_ident())
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    """The running loop; outside one, the policy's current loop for this thread."""
    loop = _running_loops.get(_thread.get_ident())
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


# Policies: which loop is "current" in each thread, and how new loops are made.

class AbstractEventLoopPolicy:
    """What a policy must provide; every method is left to subclasses."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop per thread. Only the main thread gets one made for it, and only
    until set_event_loop has been called there (asyncio.run calls it on its way out)."""

    _loop_factory = None

    def __init__(self):
        self._threads = {}    # thread ident -> [current loop, whether set_event_loop was called]

    def _state(self):
        ident = _thread.get_ident()
        state = self._threads.get(ident)
        if state is None:
            state = self._threads[ident] = [None, False]
        return state

    def get_event_loop(self):
        state = self._state()
        if state[0] is None and not state[1]:
            import threading
            if threading.current_thread() is threading.main_thread():
                self.set_event_loop(self.new_event_loop())
        if state[0] is None:
            import threading
            raise RuntimeError('There is no current event loop in thread %r.' % threading.current_thread().name)
        return state[0]

    def set_event_loop(self, loop):
        state = self._state()
        state[1] = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        state[0] = loop

    def new_event_loop(self):
        return self._loop_factory()


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    _loop_factory = staticmethod(_make_selector_loop)


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

_event_loop_policy = None


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


def _flush_unretrieved():
    for loop in _loops_to_flush:
        if not loop._closed:
            loop._report_unretrieved()


import atexit
atexit.register(_flush_unretrieved)
