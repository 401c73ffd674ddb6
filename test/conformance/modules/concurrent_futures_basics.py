# concurrent.futures: Future states and errors, ThreadPoolExecutor submit/map/shutdown, wait and as_completed.
import concurrent.futures as cf
import threading
import time

f = cf.Future()
print(f.running(), f.done(), f.cancelled())
print(f.cancel(), f.cancel(), f.cancelled(), f.done())
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print(type(e).__name__, str(e).split(':')[0])
try:
    f.result()
except cf.CancelledError as e:
    print('result of a cancelled future:', type(e).__name__, isinstance(e, Exception))
f = cf.Future()
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(3)
print(f.result(), f.exception(), f.done())
try:
    cf.Future().result(timeout=0)
except TimeoutError as e:
    print('TimeoutError', repr(e), cf.TimeoutError is TimeoutError)
f = cf.Future()
f.set_exception(ValueError('x'))
print(repr(f.exception()))
try:
    f.result()
except ValueError as e:
    print('raised', e)
seen = []
f.add_done_callback(lambda fut: seen.append('late callback'))
print(seen)
print(issubclass(cf.BrokenExecutor, RuntimeError), cf.FIRST_COMPLETED, cf.ALL_COMPLETED)

def work(n):
    time.sleep(0.001 * (5 - n))
    return n * n

with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix='w') as ex:
    print(list(ex.map(work, range(5))))
    futs = [ex.submit(work, n) for n in range(5)]
    print(sorted(f.result() for f in cf.as_completed(futs)))
    done, not_done = cf.wait(futs)
    print(len(done), len(not_done))
    print(ex.submit(lambda: threading.current_thread().name).result().startswith('w_'))
    bad = ex.submit(lambda: 1 / 0)
    print(type(bad.exception()).__name__)
    done, not_done = cf.wait([bad, cf.Future()], return_when=cf.FIRST_EXCEPTION)
    print(len(done), len(not_done))
try:
    ex.submit(work, 1)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    cf.ThreadPoolExecutor(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    next(cf.as_completed([cf.Future()], timeout=0))
except TimeoutError as e:
    print(type(e).__name__, e)
r = cf.wait([cf.Future()], timeout=0)
print(type(r).__name__, len(r.done), len(r.not_done))
print('threads left', threading.active_count())
