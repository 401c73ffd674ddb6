import threading, time
results = []
lock = threading.Lock()
counter = 0
def worker(n):
    global counter
    for i in range(1000):
        with lock:
            counter += 1
    results.append(n)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter, sorted(results))
print(threading.current_thread().name, threading.active_count())

# Errors of the lock API, as CPython gives them.
l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
for args, kwargs in [((False, 1), {}), ((True, -2), {}), ((True, 1e300), {}), ((True, float('nan')), {}), ((), {'bogus': 1}), ((1, 2, 3), {})]:
    try:
        l.acquire(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
l.release()
try:
    l.release()
except RuntimeError as e:
    print(type(e).__name__, e)
r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print(type(e).__name__, e)
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
print(r._is_owned(), type(r), threading.Lock, threading.TIMEOUT_MAX)
