# concurrent.futures: Future by hand, done callbacks, wait() and as_completed() in a controlled order
import concurrent.futures as cf
import logging
import threading

logging.getLogger("concurrent.futures").addHandler(logging.NullHandler())

# --- a Future driven by hand
f = cf.Future()
print(f.done(), f.running(), f.cancelled())
seen = []
f.add_done_callback(lambda fut: seen.append(("cb1", fut.result())))
f.add_done_callback(lambda fut: 1 / 0)  # logged, not raised
f.add_done_callback(lambda fut: seen.append(("cb3", fut.done())))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
print(f.result(), f.exception(), f.done(), f.running(), seen)
f.add_done_callback(lambda fut: seen.append("late"))  # called at once
print(seen[-1])
for action in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
    try:
        action()
    except cf.InvalidStateError as e:
        print(type(e).__name__, str(e).startswith("FINISHED: <Future at"))

g = cf.Future()
g.set_exception(KeyError("k"))
print(repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("raised", repr(e))

c = cf.Future()
c.add_done_callback(lambda fut: print("cancel callback", fut.cancelled()))
print(c.cancel(), c.cancelled(), c.done(), c.set_running_or_notify_cancel())
for m in (c.result, c.exception):
    try:
        m()
    except cf.CancelledError as e:
        print(m.__name__, type(e).__name__)

p = cf.Future()
for m in (p.result, p.exception):
    try:
        m(timeout=0)
    except TimeoutError as e:
        print(m.__name__, "timed out")

print(issubclass(cf.CancelledError, cf._base.Error), issubclass(cf.InvalidStateError, cf._base.Error),
      issubclass(cf.BrokenExecutor, RuntimeError), cf.TimeoutError is TimeoutError)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.Future[int])

# --- tasks that finish when the main thread lets them
gates = [threading.Event() for _ in range(4)]


def task(i):
    gates[i].wait()
    if i == 2:
        raise ValueError("task 2")
    return i * 10


def names(fs, labels):
    return sorted(labels[f] for f in fs)


ex = cf.ThreadPoolExecutor(max_workers=4)
fs = [ex.submit(task, i) for i in range(4)]
labels = {f: "t%d" % i for i, f in enumerate(fs)}
r = cf.wait(fs, timeout=0.05)
print(type(r).__name__, names(r.done, labels), names(r.not_done, labels))
gates[1].set()
done, not_done = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
print("first completed", names(done, labels), names(not_done, labels))
gates[0].set()
gates[2].set()
fs[2].exception()
fs[0].result()
done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
print("first exception", names(done, labels), names(not_done, labels))
gates[3].set()
done, not_done = cf.wait(fs)
print("all", names(done, labels), names(not_done, labels))
print(cf.wait([], timeout=0))

# as_completed yields each future as it finishes: here in the order the gates open
gates = [threading.Event() for _ in range(4)]
fs = [ex.submit(task, i) for i in range(4)]
labels = {f: "t%d" % i for i, f in enumerate(fs)}
order = [3, 0, 2, 1]
gates[order[0]].set()
opened = 1
for f in cf.as_completed(fs + [fs[0]]):
    print("completed", labels[f], "error" if f.exception() else f.result())
    if opened < len(order):
        gates[order[opened]].set()
        opened += 1

gates = [threading.Event() for _ in range(4)]
fs = [ex.submit(task, i) for i in range(2)]
gates[0].set()
fs[0].result()
it = cf.as_completed(fs, timeout=0.05)
print("first", next(it) is fs[0])
try:
    next(it)
except TimeoutError as e:
    print(type(e).__name__, e)
gates[1].set()
print(list(cf.as_completed([])))
ex.shutdown()
