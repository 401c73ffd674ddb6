# The RuntimeErrors and ValueErrors of threading's API, and thread names and states.
import threading

def f(x):
    raise ValueError(x)

t = threading.Thread(target=f)
for what in ['join', 'is_alive']:
    try:
        print(what, getattr(t, what)())
    except Exception as e:
        print(what, type(e).__name__, e)
print(t.name, t.ident, t.native_id, t.daemon, repr(t))
print(threading.Thread(target=lambda: None).name, threading.Thread().name, threading.Thread(name=5).name)
class T(threading.Thread):
    pass
print(T().name, threading.Timer(1, f).name)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(type(e).__name__, e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(repr(threading.main_thread()).startswith('<_MainThread(MainThread, started '))

t2 = threading.Thread(target=lambda: None)
t2.start()
try:
    t2.start()
except RuntimeError as e:
    print(type(e).__name__, e)
t2.join()
print(repr(t2).startswith('<Thread(Thread-'), repr(t2).split(',')[1].split()[0], t2.is_alive())
try:
    t2.daemon = True
except RuntimeError as e:
    print(type(e).__name__, e)
t3 = threading.Thread(target=f, args=(1,), daemon=True)
print(t3.daemon, t3.isDaemon(), t3.getName() == t3.name)
t3.daemon = False
t3.name = 'renamed'
print(t3.daemon, t3.name)

c = threading.Condition()
for name in ['wait', 'notify', 'notify_all']:
    try:
        getattr(c, name)()
    except RuntimeError as e:
        print(name, type(e).__name__, e)
with c:
    print('wait timeout', c.wait(0))
    c.notify(); c.notify_all()
print(repr(c).startswith('<Condition(<unlocked _thread.RLock object owner=0 count=0 at '))
for v in [-1, 0]:
    try:
        s = threading.Semaphore(v)
        print('semaphore', v, s._value, s.acquire(False))
    except ValueError as e:
        print(type(e).__name__, e)
s = threading.Semaphore(1)
for args in [(0,), (-1,)]:
    try:
        s.release(*args)
    except ValueError as e:
        print(type(e).__name__, e)
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print(type(e).__name__, e)
e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.001))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.get_ident() == threading.current_thread().ident, type(threading.get_native_id()).__name__)
print(threading.local, threading.ThreadError, threading.BrokenBarrierError.__mro__[1].__name__)
t4 = threading.Thread()
t4.setName('old-style')
t4.setDaemon(True)
print(threading.currentThread().name, threading.activeCount(), e.isSet())
with c:
    c.notifyAll()
