# The timeout argument of Lock.acquire, Condition.wait, Event.wait and Semaphore.acquire (and a Semaphore's initial value): which types each takes, and CPython's errors for the others
import threading
l = threading.Lock()
for v in ['1', b'1', None, [], 1+2j]:
    try:
        print(l.acquire(timeout=v)); l.release()
    except Exception as e:
        print(type(e).__name__, e)
c = threading.Condition()
with c:
    for v in ['x', [], 0, -1, 1+2j]:
        try:
            print(c.wait(v))
        except Exception as e:
            print(type(e).__name__, e)
ev = threading.Event()
for v in ['x', []]:
    try:
        print(ev.wait(v))
    except Exception as e:
        print(type(e).__name__, e)
s = threading.Semaphore(0)
for v in ['x', []]:
    try:
        print(s.acquire(timeout=v))
    except Exception as e:
        print(type(e).__name__, e)
import time
for v in ['1', None]:
    try:
        time.sleep(v)
    except Exception as e:
        print(type(e).__name__, e)
s1 = threading.Semaphore(1)
print(s1.acquire(timeout="x"))  # not looked at: no need to wait
from fractions import Fraction
from decimal import Decimal
r = threading.RLock()
for v in [True, 0.001, 2 ** 70, float("nan"), -0.5, Fraction(1, 100), Decimal("0.01")]:
    try:
        print(repr(v), r.acquire(timeout=v))
        r.release()
    except Exception as e:
        print(repr(v), type(e).__name__, e)
with c:
    for v in [Fraction(1, 100), Decimal("0.01"), float("nan"), False]:
        try:
            print(repr(v), c.wait(v))
        except Exception as e:
            print(repr(v), type(e).__name__, e)
l2 = threading.Lock()
for v in [-2 ** 70, -10 ** 10, 1e30, 10 ** 10, 9.3e9]:
    try:
        print(v, l2.acquire(timeout=v))
        l2.release()
    except Exception as e:
        print(v, type(e).__name__, e)
for v in ["a", -1, None, 0, 3]:
    try:
        print(repr(v), threading.Semaphore(v)._value)
    except Exception as e:
        print(repr(v), type(e).__name__, e)
