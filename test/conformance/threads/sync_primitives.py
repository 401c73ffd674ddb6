import threading, time
cond = threading.Condition()
items = []
log = []
def consumer(name):
    with cond:
        while not items:
            cond.wait()
        log.append((name, items.pop(0)))
ts = [threading.Thread(target=consumer, args=(f'c{i}',)) for i in range(3)]
for t in ts: t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for t in ts: t.join()
print(sorted(v for _, v in log))

# wait_for and timeouts
c2 = threading.Condition(threading.Lock())
state = {'ready': False}
def setter():
    time.sleep(0.02)
    with c2:
        state['ready'] = True
        c2.notify_all()
t = threading.Thread(target=setter); t.start()
with c2:
    print('wait_for', c2.wait_for(lambda: state['ready']))
t.join()
with c2:
    print('timed out', c2.wait(0.01))
    print('wait_for timeout', c2.wait_for(lambda: False, timeout=0.01))

# Event
ev = threading.Event()
got = []
def waiter(i):
    if ev.wait():
        got.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws: w.start()
print('before set', got, ev.is_set())
ev.set()
for w in ws: w.join()
print('after set', sorted(got), ev.is_set(), ev.wait(0))
ev.clear(); print(ev.is_set(), ev.wait(0.01))

# Semaphore limits concurrency
sem = threading.Semaphore(2)
active = 0; peak = 0
mlock = threading.Lock()
def limited():
    global active, peak
    with sem:
        with mlock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.05)
        with mlock:
            active -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print('peak', peak)
print(sem.acquire(False), sem.acquire(False), sem.acquire(False), sem.acquire(timeout=0.01))
sem.release(2); print(sem._value)
try: sem.acquire(False, 1)
except ValueError as e: print(e)
bs = threading.BoundedSemaphore(2)
bs.acquire(); bs.release()
try: bs.release()
except ValueError as e: print(e)

# RLock recursion
rl = threading.RLock()
def rec(n):
    with rl:
        return 0 if n == 0 else 1 + rec(n - 1)
print(rec(5))
rl.acquire()
def other():
    print('other got it:', rl.acquire(timeout=0.01))
t = threading.Thread(target=other); t.start(); t.join()
rl.release()
t = threading.Thread(target=other); t.start(); t.join()

# Barrier
b = threading.Barrier(3)
order = []
def bw(i):
    r = b.wait()
    order.append(r)
ts = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(order), b.broken, b.parties, b.n_waiting)
b2 = threading.Barrier(2, timeout=0.01)
try: b2.wait()
except threading.BrokenBarrierError: print('broken', b2.broken)
try: threading.Barrier(0)
except ValueError as e: print(e)
