# A threaded bank: worker threads with Lock/RLock, Condition-based bounded buffer,
# Barrier phases, Semaphore, Event, thread-local state, ThreadPoolExecutor map/submit with
# futures and exceptions, queue.Queue join/task_done, and threading.excepthook output.
import threading
import queue
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                raise ValueError(f"{self.name}: insufficient funds for {amount}")
            self.balance -= amount

    def transfer(self, other, amount):
        first, second = sorted([self, other], key=lambda a: a.name)
        with first.lock, second.lock:
            self.withdraw(amount)
            other.deposit(amount)


accounts = [Account(n, 1000) for n in "ABCD"]


def churn(seed):
    for i in range(200):
        a = accounts[(seed + i) % 4]
        b = accounts[(seed + 3 * i + 1) % 4]
        if a is not b:
            try:
                a.transfer(b, (seed * 7 + i) % 50)
            except ValueError:
                pass


threads = [threading.Thread(target=churn, args=(s,), name=f"churn-{s}") for s in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total conserved:", sum(a.balance for a in accounts), [t.name for t in threads], all(not t.is_alive() for t in threads))


class BoundedBuffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.size)
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items)
            item = self.items.pop(0)
            self.cond.notify_all()
            return item


buf = BoundedBuffer(2)
consumed = []


def producer():
    for i in range(10):
        buf.put(i)
    buf.put(None)


def consumer():
    while (item := buf.get()) is not None:
        consumed.append(item * item)


pt, ct = threading.Thread(target=producer), threading.Thread(target=consumer)
pt.start()
ct.start()
pt.join()
ct.join()
print("consumed", consumed)

phases = []
plock = threading.Lock()
barrier = threading.Barrier(3, action=lambda: phases.append("--"))


def phase_worker(n):
    for phase in range(2):
        with plock:
            phases.append(f"w{n}p{phase}")
        barrier.wait()


ws = [threading.Thread(target=phase_worker, args=(n,)) for n in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print("barrier", [p if p == "--" else p[2:] for p in phases], barrier.parties, barrier.broken)

local = threading.local()
seen = {}


def use_local(n):
    local.value = n * 10
    seen[n] = local.value


lt = [threading.Thread(target=use_local, args=(n,)) for n in range(3)]
for t in lt:
    t.start()
for t in lt:
    t.join()
print("locals", sorted(seen.items()), hasattr(local, "value"))


def risky(n):
    if n == 3:
        raise ZeroDivisionError(f"job {n} divided by zero")
    return n * n


with ThreadPoolExecutor(max_workers=3) as pool:
    print("map", list(pool.map(risky, [0, 1, 2, 4])))
    futures = {pool.submit(risky, n): n for n in range(5)}
    results = {}
    for fut in as_completed(futures):
        n = futures[fut]
        try:
            results[n] = fut.result()
        except ZeroDivisionError as e:
            results[n] = f"error: {e}"
    print("submit", sorted(results.items()))
    done, not_done = wait([pool.submit(risky, n) for n in (3,)], return_when=FIRST_EXCEPTION)
    print("wait", len(done), len(not_done), type(next(iter(done)).exception()).__name__)
    try:
        list(pool.map(risky, range(5)))
    except ZeroDivisionError as e:
        print("map raised", e)

q = queue.Queue()
out = []


def qworker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append(item.upper())
        q.task_done()


qt = threading.Thread(target=qworker, daemon=True)
qt.start()
for w in ["alpha", "beta", "gamma"]:
    q.put(w)
q.put(None)
q.join()
print("queue", out, q.empty(), qt.daemon)
try:
    queue.Queue(maxsize=1).get(timeout=0.01)
except queue.Empty:
    print("queue.Empty raised", queue.Empty.__name__)
ev = threading.Event()
print("event wait", ev.wait(0.01), ev.is_set())
ev.set()
print("event wait", ev.wait(0.01))
sem = threading.BoundedSemaphore(1)
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count() >= 1)


def crash():
    raise RuntimeError("worker crashed")


hooked = []
threading.excepthook = lambda args: hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=crash, name="crasher")
t.start()
t.join()
print("excepthook", hooked)
threading.excepthook = threading.__excepthook__
lock = threading.Lock()
print(lock.acquire(blocking=False), lock.acquire(blocking=False), lock.locked())
lock.release()
timer_hits = []
tm = threading.Timer(0.01, timer_hits.append, args=["fired"])
tm.start()
tm.join()
print(timer_hits)
