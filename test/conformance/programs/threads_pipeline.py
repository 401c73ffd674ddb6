# Producer/consumer with threading and queue.Queue: deterministic output via ordering and joins.
import threading
import queue
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION

SENTINEL = object()
tasks = queue.Queue(maxsize=3)
results = queue.PriorityQueue()
lock = threading.Lock()
counts = {}


def producer(n):
    for i in range(n):
        tasks.put(i)
    for _ in range(3):
        tasks.put(SENTINEL)


def consumer(name):
    done = 0
    while True:
        item = tasks.get()
        try:
            if item is SENTINEL:
                break
            results.put((item, item * item, name))
            done += 1
        finally:
            tasks.task_done()
    with lock:
        counts[name] = done


workers = [threading.Thread(target=consumer, args=('w%d' % i,), name='worker-%d' % i) for i in range(3)]
for w in workers:
    w.start()
prod = threading.Thread(target=producer, args=(20,))
prod.start()
prod.join()
tasks.join()
for w in workers:
    w.join()
out = []
while not results.empty():
    out.append(results.get_nowait()[:2])
print(out[:5], len(out), sum(v for _, v in out), sum(counts.values()), sorted(counts))
print([w.is_alive() for w in workers], workers[0].name, prod.daemon)

# Condition-based bounded buffer with a barrier and an event
buf, cap = [], 2
cond = threading.Condition()
log = []
start = threading.Event()
barrier = threading.Barrier(3)


def put_items(items):
    start.wait()
    for x in items:
        with cond:
            while len(buf) >= cap:
                cond.wait()
            buf.append(x)
            cond.notify_all()
    barrier.wait()


def take_items(n):
    got = []
    for _ in range(n):
        with cond:
            while not buf:
                cond.wait()
            got.append(buf.pop(0))
            cond.notify_all()
    log.append(sorted(got))
    barrier.wait()


threads = [threading.Thread(target=put_items, args=(range(10),)), threading.Thread(target=take_items, args=(10,))]
for t in threads:
    t.start()
start.set()
barrier.wait()
for t in threads:
    t.join()
print(log, buf)

# RLock, local, semaphores, timers
rl = threading.RLock()
with rl:
    with rl:
        print('reentrant ok')
local = threading.local()
seen = []


def use_local(v):
    local.value = v
    time.sleep(0.001)
    with lock:
        seen.append(local.value)


ts = [threading.Thread(target=use_local, args=(i,)) for i in range(5)]
[t.start() for t in ts]
[t.join() for t in ts]
print(sorted(seen), hasattr(local, 'value'))
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print('ValueError:', e)
fired = []
tm = threading.Timer(0.01, fired.append, args=('tick',))
tm.start(); tm.join()
print(fired, threading.current_thread().name, threading.main_thread() is threading.current_thread())

# thread pool
def work(x):
    if x == 7:
        raise ValueError('bad %d' % x)
    time.sleep(0.001 * (5 - x % 5))
    return x * 10

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(work, range(6))))
    futs = {ex.submit(work, x): x for x in range(5, 10)}
    res = {}
    for f in as_completed(futs):
        x = futs[f]
        try:
            res[x] = f.result()
        except ValueError as e:
            res[x] = 'error: %s' % e
    print(sorted(res.items()))
    f = ex.submit(pow, 2, 100)
    print(f.result(), f.done(), f.exception())
    done, not_done = wait([ex.submit(work, 7), ex.submit(work, 1)], return_when=FIRST_EXCEPTION)
    print(len(done) >= 1, any(d.exception() for d in done))

q = queue.Queue(1)
q.put('a')
try:
    q.put('b', timeout=0.01)
except queue.Full:
    print('Full')
q.get()
try:
    q.get(block=False)
except queue.Empty:
    print('Empty')
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)], q.qsize(), q.full(), q.empty())
errs = []
threading.excepthook = lambda args: errs.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=lambda: 1 / 0, name='crasher')
t.start(); t.join()
print(errs)
print(threading.active_count())
