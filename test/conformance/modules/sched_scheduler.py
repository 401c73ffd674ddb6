# sched: enter/enterabs/cancel/run/queue/empty on a fake clock, non-blocking runs, and a real-time run
import sched
import time

now = [0.0]
delays = []
def clock():
    return now[0]
def sleep(d):
    delays.append(d)
    now[0] += d

log = []
def action(*args, **kwargs):
    log.append((now[0], args, kwargs))

s = sched.scheduler(clock, sleep)
print(s.empty(), s.queue, s.run())
e1 = s.enter(5, 2, action, ('five-low',))
e2 = s.enter(5, 1, action, ('five-high',))
e3 = s.enterabs(2, 1, action, kwargs={'k': 'two'})
e4 = s.enter(3, 1, action, ('cancelled',))
e5 = s.enterabs(5, 1, action, ('five-high-later',))
print(e3.time, e3.priority, e3.sequence, e3.argument, e3.kwargs, e1.kwargs is not e2.kwargs)
print(e2 < e1, e2 < e5, e3 < e2, e1 == e1)
print([(e.time, e.priority, e.sequence, e.argument) for e in s.queue])
s.cancel(e4)
try:
    s.cancel(e4)
except ValueError as e:
    print('ValueError', e)
print(s.empty(), len(s.queue))
print(s.run(blocking=False), log)
s.run()
print(log)
print(delays, now[0], s.empty())

# An action that schedules more events, and a non-blocking run returning the wait.
def chain(n):
    log.append(('chain', n, now[0]))
    if n:
        s.enter(1, 1, chain, (n - 1,))
s.enter(1, 1, chain, (2,))
print(s.run(blocking=False))
now[0] += 1
print(s.run(blocking=False), log[-1])
s.run()
print(log[-3:], s.empty())

# An exception in an action leaves the rest queued.
def boom():
    raise RuntimeError('boom')
s.enter(0, 1, boom)
s.enter(1, 1, action, ('after',))
try:
    s.run()
except RuntimeError as e:
    print('RuntimeError', e, len(s.queue))
s.run()
print(log[-1])

# The default clock and sleep: time.monotonic and time.sleep.
real = sched.scheduler()
order = []
t0 = time.monotonic()
real.enterabs(t0 + 0.03, 1, order.append, ('c',))
real.enterabs(t0 + 0.01, 1, order.append, ('a',))
real.enterabs(t0 + 0.01, 0, order.append, ('first',))
real.enter(0.02, 1, order.append, ('b',))
real.run()
print(order, time.monotonic() - t0 >= 0.03, real.timefunc is time.monotonic, real.delayfunc is time.sleep)
print(sched.__all__, sched.Event._fields)
