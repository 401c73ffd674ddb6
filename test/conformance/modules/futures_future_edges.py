# concurrent.futures: Future reprs per state, unexpected-state errors, a custom Executor, map's cancel on close.
import concurrent.futures as cf
import concurrent.futures.thread
from concurrent.futures import _base
import logging

quiet = logging.getLogger("concurrent.futures")
quiet.addHandler(logging.NullHandler())
quiet.propagate = False


def shape(f):
    # the address varies from run to run: keep the rest of the repr
    text = repr(f)
    return text[:text.index(" at ")] + text[text.index(" state="):]


f = cf.Future()
print(shape(f))
f.set_running_or_notify_cancel()
print(shape(f))
f.set_result([1])
print(shape(f))
g = cf.Future()
g.set_exception(KeyError("k"))
print(shape(g))
h = cf.Future()
h.cancel()
print(shape(h), h._state)
h.set_running_or_notify_cancel()
print(shape(h), h._state, h.cancel(), h.cancelled())
n = cf.Future()
n.set_result(None)
print(shape(n))

for fut in (f, g, cf.Future()):
    if fut._state == "PENDING":
        fut.set_running_or_notify_cancel()
    try:
        fut.set_running_or_notify_cancel()
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    h.set_exception(ValueError())
except cf.InvalidStateError as e:
    print(type(e).__name__, str(e)[:str(e).index(" at ")])

print(_base.PENDING, _base.RUNNING, _base.CANCELLED, _base.CANCELLED_AND_NOTIFIED, _base.FINISHED)
print(sorted(_base._STATE_TO_DESCRIPTION_MAP.items()))
print(_base.LOGGER.name, issubclass(_base.Error, Exception), cf.CancelledError.__mro__[1].__name__)


class Inline(cf.Executor):
    """Runs each call at once, in the caller."""
    def __init__(self):
        self.log = []

    def submit(self, fn, /, *args, **kwargs):
        self.log.append(args)
        fut = cf.Future()
        fut.set_running_or_notify_cancel()
        try:
            fut.set_result(fn(*args, **kwargs))
        except Exception as e:
            fut.set_exception(e)
        return fut

    def shutdown(self, wait=True, *, cancel_futures=False):
        self.log.append(("shutdown", wait, cancel_futures))


with Inline() as ex:
    print(list(ex.map(divmod, [7, 8, 9], [2, 3], chunksize=5)))
    print(list(ex.map(abs, [], timeout=1)))
    it = ex.map(lambda x: 10 // x, [5, 0, 2])
    print(next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    print(list(it))
print(ex.log)
print(ex.__exit__(None, None, None), ex.__enter__() is ex)

try:
    cf.Executor().submit(abs, 1)
except NotImplementedError as e:
    print(type(e).__name__, repr(e))
print(cf.Executor().shutdown(), cf.Executor().shutdown(False, cancel_futures=True))


class Deferred(cf.Executor):
    """Hands back futures that nobody runs: map's iterator must cancel the rest when closed."""
    def __init__(self):
        self.made = []

    def submit(self, fn, /, *args, **kwargs):
        fut = cf.Future()
        self.made.append(fut)
        if len(self.made) == 1:
            fut.set_result(fn(*args))
        return fut


d = Deferred()
it = d.map(str, range(4))
print(len(d.made), next(it))
it.close()
print([x.cancelled() for x in d.made])
d = Deferred()
it = d.map(str, range(3), timeout=0)
print(next(it))
try:
    next(it)
except TimeoutError as e:
    print(type(e).__name__, repr(e))
print([x._state for x in d.made], list(it))

done = cf.Future()
done.set_result(1)
r = cf.wait([done, done, cf.Future()], timeout=0, return_when=cf.FIRST_COMPLETED)
print(len(r.done), len(r.not_done), r._fields)
print(len(list(cf.as_completed([done, done]))))
bad = cf.Future()
bad.set_exception(OSError("x"))
c = cf.Future()
c.cancel()
r = cf.wait([c, bad], return_when=cf.FIRST_EXCEPTION)
print(len(r.done), len(r.not_done))
r = cf.wait([c, cf.Future()], timeout=0, return_when=cf.FIRST_EXCEPTION)
print(len(r.done), len(r.not_done))
calls = []
f = cf.Future()
f.add_done_callback(calls.append)
f.add_done_callback(lambda fut: 1 / 0)
f.add_done_callback(lambda fut: calls.append("after error"))
f.set_exception(ValueError("v"))
print(calls[0] is f, calls[1:])
print(isinstance(cf.thread.BrokenThreadPool(), cf.BrokenExecutor), cf.thread.ThreadPoolExecutor is cf.ThreadPoolExecutor)
c2 = cf.Future()
c2.cancel()
try:
    print([x is done for x in cf.as_completed([c2, done], timeout=0.01)])
except TimeoutError as e:
    print(type(e).__name__, e)
c2.set_running_or_notify_cancel()
print(len(list(cf.as_completed([c2, done]))), len(cf.wait([c2]).done))
