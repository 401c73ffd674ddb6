# concurrent.futures.ThreadPoolExecutor: submit, map (with timeout), shutdown, the with statement, errors
import concurrent.futures as cf
import logging
import threading
import time

logging.getLogger("concurrent.futures").addHandler(logging.NullHandler())


def square(x):
    return x * x


def fail(x):
    raise ValueError("bad %d" % x)


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(square, i) for i in range(6)]
    print([f.result() for f in futures])
    print([f.done() for f in futures], [f.cancelled() for f in futures], [f.running() for f in futures])
    print(list(ex.map(square, range(5))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    print(list(ex.map(square, [])))
    f = ex.submit(fail, 7)
    e = f.exception()
    print(type(e).__name__, e, f.done())
    try:
        f.result()
    except ValueError as e:
        print("result raised", type(e).__name__, e)
    f = ex.submit(lambda a, b=0, *, c: (a, b, c), 1, c=3)
    print(f.result(timeout=5))
    try:
        list(ex.map(fail, [1, 2]))
    except ValueError as e:
        print("map raised", e)

names = []
with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="worker") as ex:
    for _ in range(2):
        ex.submit(lambda: names.append(threading.current_thread().name)).result()
print(names[0])

# map with a timeout: the slow call makes the iterator raise TimeoutError
ex = cf.ThreadPoolExecutor(max_workers=2)
list(ex.map(time.sleep, [0.05, 0.05]))  # both workers started: the timing below is theirs only
it = ex.map(time.sleep, [0, 1.0], timeout=0.4)
print(next(it))
try:
    next(it)
except TimeoutError as e:
    print("map timeout", type(e).__name__, e)
f = ex.submit(time.sleep, 0.3)
try:
    f.result(timeout=0.01)
except cf.TimeoutError as e:
    print("result timeout", type(e).__name__, repr(str(e)), cf.TimeoutError is TimeoutError)
ex.shutdown(wait=True)
print(f.done(), f.result())
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(type(e).__name__, e)
ex.shutdown()  # a second shutdown is harmless

# cancel_futures: queued work is cancelled, running work finishes
gate = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(gate.wait)
queued = [ex.submit(square, i) for i in range(3)]
time.sleep(0.05)
print(first.running(), [q.running() for q in queued])
print(queued[0].cancel(), queued[0].cancelled(), queued[0].cancel())
print(first.cancel())
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [q.cancelled() for q in queued])
try:
    queued[1].result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))

# shutdown(wait=False) still lets submitted work finish
done = []
ex = cf.ThreadPoolExecutor(max_workers=2)
for i in range(4):
    ex.submit(lambda i=i: (time.sleep(0.01), done.append(i)))
ex.shutdown(wait=False)
time.sleep(0.2)
print(sorted(done))

for kwargs in ({"max_workers": 0}, {"max_workers": -1}, {"initializer": 5}):
    try:
        cf.ThreadPoolExecutor(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# an initializer that fails breaks the pool
def bad_init():
    raise OSError("no init")

ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(square, 2)
e = f.exception(timeout=5)
print(type(e).__name__, e, isinstance(e, cf.BrokenExecutor), isinstance(e, RuntimeError))
try:
    ex.submit(square, 3)
except cf.thread.BrokenThreadPool as e:
    print("submit:", type(e).__name__, e)
ex.shutdown()

inits = []
with cf.ThreadPoolExecutor(max_workers=1, initializer=inits.append, initargs=("ready",)) as ex:
    print(ex.submit(square, 9).result(), inits)
print(ex._max_workers, cf.ThreadPoolExecutor()._max_workers >= 5)
