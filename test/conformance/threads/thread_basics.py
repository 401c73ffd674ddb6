import threading, time, sys

# Timer
fired = []
t = threading.Timer(0.02, fired.append, args=('x',))
t.start(); t.join()
print('timer', fired, t.name)
t2 = threading.Timer(5, fired.append, args=('y',))
t2.start(); t2.cancel(); t2.join()
print('cancelled', fired)

# thread-local data
data = threading.local()
data.v = 'main'
seen = []
def f(i):
    data.v = i
    time.sleep(0.01)
    seen.append((i, data.v))
ts = [threading.Thread(target=f, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen), data.v)
class MyLocal(threading.local):
    def __init__(self, x):
        self.x = x
        self.n = 0
ml = MyLocal(7)
ml.n = 5
def g():
    seen.append(('g', ml.x, ml.n))
t = threading.Thread(target=g); t.start(); t.join()
print(seen[-1], ml.n, type(data))
try: threading.local(1)
except TypeError as e: print(e)
try: print(data.nothing)
except AttributeError as e: print(e)

# names and identity
def who():
    ct = threading.current_thread()
    print('in thread', ct.name, ct is threading.main_thread(), ct.ident == threading.get_ident(), ct.is_alive(), ct.daemon)
t = threading.Thread(target=who, name='worker-A'); t.start(); t.join()
print(t.is_alive(), t.ident is not None, t.native_id is not None)
t = threading.Thread(target=who, daemon=True); t.start(); t.join()
class Sub(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
s = Sub(100); s.start(); s.join(); print('sub', s.result, s.name)

# enumerate / active_count with running threads
ev = threading.Event()
ws = [threading.Thread(target=ev.wait, name=f'w{i}') for i in range(3)]
for w in ws: w.start()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
ev.set()
for w in ws: w.join()
print(threading.active_count())

# join with timeout
blocker = threading.Event()
t = threading.Thread(target=blocker.wait)
t.start()
t.join(0.01)
print('alive after timed join', t.is_alive())
blocker.set(); t.join()
print('alive after join', t.is_alive())

# excepthook
def hook(args):
    print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
def boom():
    raise ValueError('bad')
t = threading.Thread(target=boom, name='B'); t.start(); t.join()
threading.excepthook = threading.__excepthook__
def sysexit():
    sys.exit(3)
t = threading.Thread(target=sysexit); t.start(); t.join()
print('sysexit in thread ignored')

# results through a list and a lock; join order
results = [None] * 5
def square(i):
    time.sleep(0.001 * (5 - i))
    results[i] = i * i
ts = [threading.Thread(target=square, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(results)
print(sys.getswitchinterval())
sys.setswitchinterval(0.001); print(sys.getswitchinterval())
try: sys.setswitchinterval(0)
except ValueError as e: print(e)
