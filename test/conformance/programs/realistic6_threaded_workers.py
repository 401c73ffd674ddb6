"""A thread pool processing jobs deterministically: threading, queue, locks, conditions, futures."""
import threading
import queue
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION
from dataclasses import dataclass, field
from collections import Counter


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    cost: int = field(compare=False, default=1)


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()
        self.history = []

    def withdraw(self, amount, who):
        with self.lock:
            if amount > self.balance:
                raise ValueError(f"{who}: insufficient funds for {amount} (balance {self.balance})")
            self.balance -= amount
            self.history.append((who, amount))


def primes_upto(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\0\0"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(sieve) if v]


jobs = queue.PriorityQueue()
for j in [Job(3, "index", 3), Job(1, "backup", 5), Job(2, "email"), Job(1, "alerts", 2), Job(5, "report", 4)]:
    jobs.put(j)
done = []
done_lock = threading.Lock()


def worker():
    while True:
        try:
            job = jobs.get_nowait()
        except queue.Empty:
            return
        result = len(primes_upto(job.cost * 1000))
        with done_lock:
            done.append((job.priority, job.name, result))
        jobs.task_done()


threads = [threading.Thread(target=worker, name=f"worker-{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done), jobs.empty(), [t.is_alive() for t in threads], threads[0].name)

acct = Account(100)
errors = []


def spender(name, amounts):
    for a in amounts:
        try:
            acct.withdraw(a, name)
        except ValueError as e:
            errors.append(str(e))


ts = [threading.Thread(target=spender, args=(n, [10, 20, 30])) for n in ("ann", "bob")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(acct.balance, len(acct.history), sum(a for _, a in acct.history) + acct.balance, len(errors))

with ThreadPoolExecutor(max_workers=4) as pool:
    futs = {pool.submit(primes_upto, n): n for n in (10, 100, 1000, 10000)}
    sizes = {futs[f]: len(f.result()) for f in as_completed(futs)}
    print(dict(sorted(sizes.items())))
    print(list(pool.map(lambda s: s.upper(), ["a", "b", "c"])))
    bad = pool.submit(lambda: 1 / 0)
    ok = pool.submit(sum, [1, 2, 3])
    finished, pending = wait([bad, ok], return_when=FIRST_EXCEPTION)
    print(ok.result(), type(bad.exception()).__name__, bad.done(), len(pending) <= 1)

cond = threading.Condition()
items = []


def producer():
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify()


def consumer(out):
    got = 0
    while got < 5:
        with cond:
            cond.wait_for(lambda: items)
            out.append(items.pop(0))
            got += 1


out = []
c = threading.Thread(target=consumer, args=(out,))
c.start()
producer()
c.join()
print(out)
local = threading.local()
seen = Counter()


def tl(n):
    local.value = n
    seen[local.value] += 1


tt = [threading.Thread(target=tl, args=(i % 2,)) for i in range(6)]
for t in tt:
    t.start()
for t in tt:
    t.join()
print(sorted(seen.items()), hasattr(local, "value"), threading.current_thread().name, threading.active_count())
barrier = threading.Barrier(3)
order = []
olock = threading.Lock()


def at_barrier(i):
    with olock:
        order.append(f"arrive")
    barrier.wait()
    with olock:
        order.append("leave")


bs = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in bs:
    t.start()
for t in bs:
    t.join()
print(order)
ev = threading.Event()
timer = threading.Timer(0.01, ev.set)
timer.start()
print(ev.wait(5), timer.is_alive() in (True, False))
sem = threading.BoundedSemaphore(1)
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
