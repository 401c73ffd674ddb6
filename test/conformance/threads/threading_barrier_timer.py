# threading's Barrier (action, abort, reset, timeouts), Event/Semaphore/Barrier reprs, Timer and Condition.wait_for
import threading, time, re

def norm(r):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', r)

b = threading.Barrier(3, action=lambda: print('action runs once'))
print(norm(repr(b)), b.parties, b.n_waiting, b.broken)
got = []
def party(i):
    got.append(b.wait())
ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(got), b.n_waiting, b.broken)
# the barrier can be used again once it drained
ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(len(got), sorted(got[3:]))

# a failing action breaks the barrier for everyone
def bad_action():
    raise ValueError('action failed')
b2 = threading.Barrier(2, action=bad_action)
res = []
def party2():
    try:
        res.append(('ok', b2.wait()))
    except threading.BrokenBarrierError as e:
        res.append(('broken', type(e).__name__, e.args))
    except ValueError as e:
        res.append(('value', str(e)))
ts = [threading.Thread(target=party2) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res), b2.broken, norm(repr(b2)))
b2.reset()
print('after reset', b2.broken, b2.n_waiting)

# abort wakes the waiters with BrokenBarrierError
b3 = threading.Barrier(3)
out = []
def party3():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        out.append('broken')
ts = [threading.Thread(target=party3) for _ in range(2)]
for t in ts: t.start()
while b3.n_waiting < 2:
    time.sleep(0.001)
print('waiting', b3.n_waiting, norm(repr(b3)))
b3.abort()
for t in ts: t.join()
print(out, b3.broken)
try:
    b3.wait()
except threading.BrokenBarrierError as e:
    print('BrokenBarrierError', repr(e), isinstance(e, RuntimeError))

# reset while threads wait: they get BrokenBarrierError, the barrier is usable again
b4 = threading.Barrier(2)
out4 = []
def party4():
    try:
        out4.append(b4.wait())
    except threading.BrokenBarrierError:
        out4.append('reset')
t = threading.Thread(target=party4); t.start()
while b4.n_waiting < 1:
    time.sleep(0.001)
b4.reset()
t.join()
print(out4, b4.broken)
t = threading.Thread(target=party4); t.start()
out4.append(b4.wait())
t.join()
print(sorted(map(str, out4)))

# per-call timeout overrides the barrier's
b5 = threading.Barrier(2, timeout=5)
try:
    b5.wait(0.01)
except threading.BrokenBarrierError:
    print('timed out, broken', b5.broken)

e = threading.Event()
print(norm(repr(e)))
e.set()
print(norm(repr(e)))
s = threading.Semaphore(3)
bs = threading.BoundedSemaphore(2)
bs.acquire()
print(norm(repr(s)), norm(repr(bs)))

class MyEvent(threading.Event):
    pass
print(norm(repr(MyEvent())))

# Timer: args and kwargs, cancel before it fires, attributes
fired = []
t = threading.Timer(0.01, lambda *a, **k: fired.append((a, k)), args=(1, 2), kwargs={'x': 3})
print(t.interval, t.args, t.kwargs, t.finished.is_set(), t.daemon)
t.start(); t.join()
print(fired, t.finished.is_set())
t = threading.Timer(0.01, fired.append)
print(t.args, t.kwargs)
t.cancel(); t.start(); t.join()
print(len(fired))

# Condition.wait_for returns the predicate's last value
c = threading.Condition(threading.Lock())
vals = iter([0] + [''] * 100)
with c:
    print(repr(c.wait_for(lambda: next(vals), timeout=0.02)))
    print(repr(c.wait_for(lambda: [], timeout=0.01)))
    print(repr(c.wait_for(lambda: 0, timeout=0)))
print(norm(repr(c)))
