"""Threads: tpy's green threads (vm/threads.ts) behind CPython's threading API.

One thread runs at a time; the VM switches when a thread blocks (a lock, a condition,
a queue, sleep, join), ends, or has run for sys.getswitchinterval() while another waits.
Everything that waits is built on the native _thread module: its locks, and the waiting
halves of Condition and Semaphore (native so that `with cond:` can block in the eval loop).
"""

import sys as _sys
import _thread
from time import monotonic as _now

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'setprofile', 'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id',
           'getprofile', 'gettrace']

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
ExceptHookArgs = _thread._ExceptHookArgs
Lock = _thread.allocate_lock


def RLock(*args, **kwargs):
    """A reentrant lock: the thread holding it may acquire it again."""
    return _thread.RLock(*args, **kwargs)


def _warn_deprecated(message):
    # Warn the caller of the deprecated function (stacklevel 3: past this helper and it).
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# --- hooks installed in every thread started from here -----------------------------------

_new_thread_hooks = {'trace': None, 'profile': None}


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    _new_thread_hooks['trace'] = func


def gettrace():
    return _new_thread_hooks['trace']


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    _new_thread_hooks['profile'] = func


def getprofile():
    return _new_thread_hooks['profile']


# --- synchronization ---------------------------------------------------------------------

def _repr_head(obj):
    cls = type(obj)
    return '<%s.%s at %#x' % (cls.__module__, cls.__qualname__, id(obj))


class Condition(_thread._Condition):
    """A condition variable: wait() lets go of the lock until another thread notifies."""

    def __init__(self, lock=None):
        super().__init__(lock)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def notifyAll(self):
        _warn_deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()

    def wait_for(self, predicate, timeout=None):
        """Waits until predicate() is true, or the timeout is over; returns predicate's last value."""
        outcome = predicate()
        if outcome:
            return outcome
        # The first wait gets the whole timeout; the deadline bounds the later ones.
        deadline = None if timeout is None else _now() + timeout
        budget = timeout
        while True:
            self.wait(budget)
            outcome = predicate()
            if outcome:
                return outcome
            if deadline is not None:
                budget = deadline - _now()
                if budget <= 0:
                    return outcome


class Semaphore(_thread._Semaphore):
    """A counter that acquire() decrements, waiting while it is zero, and release() increments."""

    def __init__(self, value=1):
        super().__init__(value)

    def __repr__(self):
        return '%s: value=%d>' % (_repr_head(self), self._value)


class BoundedSemaphore(Semaphore):
    """A Semaphore whose value may not rise above its initial value."""

    def __init__(self, value=1):
        _thread._Semaphore.__init__(self, value, True)

    def __repr__(self):
        return '%s: value=%d/%d>' % (_repr_head(self), self._value, self._initial_value)


class Event:
    """A flag that threads can wait for: wait() returns once some thread called set()."""

    def __init__(self):
        self._signal = Condition(Lock())
        self._up = False

    def __repr__(self):
        return '%s: %s>' % (_repr_head(self), 'set' if self._up else 'unset')

    def is_set(self):
        return self._up

    def isSet(self):
        _warn_deprecated('isSet() is deprecated, use is_set() instead')
        return self._up

    def set(self):
        with self._signal:
            self._up = True
            self._signal.notify_all()

    def clear(self):
        with self._signal:
            self._up = False

    def wait(self, timeout=None):
        """True once the flag is set; False if the timeout ran out first."""
        if self._up:
            return True
        with self._signal:
            return self._up or self._signal.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


# The phases of a Barrier's cycle.
_FILLING = 'filling'      # parties arrive and wait
_DRAINING = 'draining'    # the last one arrived: the waiters leave, newcomers wait for the next cycle
_RESETTING = 'resetting'  # reset() while parties waited: they leave with BrokenBarrierError
_BROKEN = 'broken'        # abort(), a timeout or a failed action: every wait raises


class Barrier:
    """Lets `parties` threads wait until all of them have called wait(); then all go on, and
    the barrier can be used again. wait() returns a different index in range(parties) to each."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._default_timeout = timeout
        self._phase = _FILLING
        self._inside = 0  # threads in wait() for the current cycle

    def __repr__(self):
        if self._phase is _BROKEN:
            return '%s: broken>' % _repr_head(self)
        return '%s: waiters=%d/%d>' % (_repr_head(self), self.n_waiting, self._parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._default_timeout
        with self._cond:
            # Threads of the previous cycle are still leaving: wait for the next one.
            while self._phase is _DRAINING or self._phase is _RESETTING:
                self._cond.wait()
            if self._phase is _BROKEN:
                raise BrokenBarrierError
            arrival = self._inside
            self._inside += 1
            try:
                if arrival + 1 == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return arrival
            finally:
                self._inside -= 1
                if self._inside == 0 and (self._phase is _DRAINING or self._phase is _RESETTING):
                    self._phase = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        # The last party: run the action, then let everyone go. A failing action breaks it.
        try:
            if self._action:
                self._action()
        except BaseException:
            self._set_broken()
            raise
        self._phase = _DRAINING
        self._cond.notify_all()

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._phase is not _FILLING, timeout):
            self._set_broken()
            raise BrokenBarrierError
        if self._phase is _BROKEN or self._phase is _RESETTING:
            raise BrokenBarrierError

    def _set_broken(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    def reset(self):
        """Back to the empty state; threads waiting now get BrokenBarrierError."""
        with self._cond:
            if self._inside == 0:
                self._phase = _FILLING
            elif self._phase is _FILLING or self._phase is _BROKEN:
                self._phase = _RESETTING
            self._cond.notify_all()

    def abort(self):
        """Breaks the barrier: waiting and future wait() calls raise BrokenBarrierError."""
        with self._cond:
            self._set_broken()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase is _FILLING else 0

    @property
    def broken(self):
        return self._phase is _BROKEN


# --- the registry of threads -------------------------------------------------------------

# Threads by ident once running, and threads whose start() has not seen them run yet.
_registry_lock = RLock()
_running = {}
_starting = {}
_names_made = 0


def _next_name(template):
    # Thread-N and Dummy-N share one counter, as in CPython.
    global _names_made
    _names_made += 1
    return template % _names_made


def _all_threads():
    with _registry_lock:
        return list(_running.values()) + list(_starting.values())


# --- Thread ------------------------------------------------------------------------------

_NO_INIT = 'Thread.__init__() not called'


class Thread:
    """A thread of control: run() in a thread of its own once start() is called."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if name:
            name = str(name)
        else:
            name = _next_name('Thread-%d')
            target_name = getattr(target, '__name__', None) if target is not None else None
            if target_name is not None:
                name = '%s (%s)' % (name, target_name)
        # _target/_args/_kwargs keep CPython's names: subclasses overriding run() use them.
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = name
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._ended = Event()
        self._stderr = _sys.stderr
        self._initialized = True

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        if self._ended.is_set():
            status = 'stopped'
        elif self._started.is_set():
            status = 'started'
        else:
            status = 'initial'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status = '%s %s' % (status, self._ident)
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)

    def start(self):
        """Runs run() in a new thread; returns once that thread is running."""
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        with _registry_lock:
            _starting[id(self)] = self
        try:
            _thread._start_thread(self._bootstrap_inner, self._daemonic)
        except BaseException:
            with _registry_lock:
                del _starting[id(self)]
            raise
        self._started.wait()

    def run(self):
        """What the thread does: calls the target; subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, so that a finished thread keeps nothing alive.
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        # The new thread's first frame: register, run, report what run() let out, finish.
        # (Named as CPython's, whose name shows in the traceback of a thread's exception.)
        self._ident = get_ident()
        self._native_id = get_native_id()
        if _new_thread_hooks['trace'] is not None:
            _sys.settrace(_new_thread_hooks['trace'])
        if _new_thread_hooks['profile'] is not None:
            _sys.setprofile(_new_thread_hooks['profile'])
        with _registry_lock:
            _running[self._ident] = self
            del _starting[id(self)]
        self._started.set()
        try:
            self.run()
        except BaseException:
            _invoke_excepthook(self)
        finally:
            self._finish()

    def _finish(self):
        with _registry_lock:
            _running.pop(self._ident, None)
        self._ended.set()

    def join(self, timeout=None):
        """Waits until the thread ends, or for at most `timeout` seconds."""
        if not self._initialized:
            raise RuntimeError(_NO_INIT)
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        self._ended.wait(None if timeout is None else max(timeout, 0))

    @property
    def name(self):
        assert self._initialized, _NO_INIT
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, _NO_INIT
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, _NO_INIT
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, _NO_INIT
        return self._native_id

    def is_alive(self):
        assert self._initialized, _NO_INIT
        return self._started.is_set() and not self._ended.is_set()

    @property
    def daemon(self):
        assert self._initialized, _NO_INIT
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError(_NO_INIT)
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        _warn_deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _warn_deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _warn_deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _warn_deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


# --- reporting what a thread let out -----------------------------------------------------

def excepthook(args, /):
    """Prints the exception a thread's run() let out (SystemExit is silent), headed by
    'Exception in thread NAME:'."""
    if args.exc_type == SystemExit:
        return
    stream = _sys.stderr
    if stream is None and args.thread is not None:
        stream = args.thread._stderr
    if stream is None:
        return
    who = get_ident() if args.thread is None else args.thread.name
    print('Exception in thread %s:' % who, file=stream, flush=True)
    from traceback import print_exception
    print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stream)
    stream.flush()


__excepthook__ = excepthook


def invoke_excepthook(thread):
    """Hands the exception being handled to threading.excepthook (the module's attribute,
    which a program may replace); if that hook fails, sys.excepthook reports the failure."""
    hook = excepthook if excepthook is not None else __excepthook__
    args = ExceptHookArgs(_sys.exc_info() + (thread,))
    try:
        # 'hook(args)' is the line a failing hook's traceback shows, as in CPython.
        hook(args)
    except Exception as failure:
        # Report the hook's failure alone, not chained to the thread's exception.
        failure.__suppress_context__ = True
        stream = _sys.stderr if _sys.stderr is not None else thread._stderr
        print('Exception in threading.excepthook:', file=stream, flush=True)
        sys_hook = _sys.excepthook if _sys.excepthook is not None else _sys.__excepthook__
        sys_hook(type(failure), failure, failure.__traceback__)


# Private, but named as CPython's function: the name shows in the traceback of a failing hook.
_invoke_excepthook = invoke_excepthook
del invoke_excepthook


# --- Timer and the threads threading did not start ---------------------------------------

class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds, unless cancel() came first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stops the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def _adopt(thread):
    # A thread already running when its Thread object is made: it counts as started.
    thread._started.set()
    thread._ident = get_ident()
    thread._native_id = get_native_id()
    with _registry_lock:
        _running[thread._ident] = thread


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        _adopt(self)


class _DummyThread(Thread):
    """A thread threading did not start (started by _thread.start_new_thread)."""

    def __init__(self):
        Thread.__init__(self, name=_next_name('Dummy-%d'), daemon=True)
        _adopt(self)

    def is_alive(self):
        assert self._started.is_set() and not self._ended.is_set()
        return True

    def join(self, timeout=None):
        assert False, 'cannot join a dummy thread'


# --- module functions --------------------------------------------------------------------

def current_thread():
    """The Thread object of the running thread (a dummy one if threading did not start it)."""
    thread = _running.get(get_ident())
    return _DummyThread() if thread is None else thread


def currentThread():
    _warn_deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    with _registry_lock:
        return len(_running) + len(_starting)


def activeCount():
    _warn_deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def enumerate():
    """The Thread objects alive now: started (or starting) and not yet ended."""
    return _all_threads()


_main_thread = _MainThread()


def main_thread():
    return _main_thread


# Calls made when the main thread is done, before waiting for the other threads (as
# concurrent.futures stops its idle workers there); newest first.
_threading_atexits = []
_shutting_down = False


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) when the main thread is done, before the non-daemon threads
    are waited for (unlike atexit's calls, which come after)."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by tpy at the program's end (index.ts): the main thread is done; wait for the
    threads that are not daemons, including those they start meanwhile."""
    global _shutting_down
    _main_thread._ended.set()
    _shutting_down = True
    for call in reversed(_threading_atexits):
        call()
    while True:
        waited_for = [t for t in _all_threads()
                      if t is not _main_thread and not t.daemon and not t._ended.is_set()]
        if not waited_for:
            return
        for thread in waited_for:
            thread.join()


from _threading_local import local
