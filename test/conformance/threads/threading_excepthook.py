# threading.excepthook: the hook's arguments, a hook that fails, ExceptHookArgs, thread reprs and names
import threading, sys, io

A = threading.ExceptHookArgs
print(A, A.n_fields, A.__mro__[1], threading.excepthook is threading.__excepthook__)
a = A((1, 2, 3, 4))
print(a, a.thread, a[0], len(a), tuple(a))
for bad in ((1, 2), 5):
    try:
        A(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    a.thread = 3
except AttributeError as e:
    print('AttributeError', e)
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None, type(args).__name__))
threading.excepthook = hook
def boom(msg):
    raise KeyError(msg)
t = threading.Thread(target=boom, args=('k',), name='boomer')
t.start(); t.join()
print(seen, t.is_alive())

def failing_hook(args):
    raise ValueError('hook broke')
threading.excepthook = failing_hook
caught = []
old_sys_hook = sys.excepthook
sys.excepthook = lambda *a: caught.append((a[0].__name__, str(a[1])))
err = io.StringIO()
sys.stderr = err
t = threading.Thread(target=boom, args=('x',), name='second')
t.start(); t.join()
sys.stderr = sys.__stderr__
sys.excepthook = old_sys_hook
print(repr(err.getvalue()), caught)

# the default hook: SystemExit is silent, others print 'Exception in thread NAME:' first
threading.excepthook = threading.__excepthook__
err = io.StringIO()
sys.stderr = err
t = threading.Thread(target=sys.exit, args=(2,))
t.start(); t.join()
threading.excepthook(threading.ExceptHookArgs((ZeroDivisionError, ZeroDivisionError('z'), None, None)))
class Named:
    name = 'fake'
threading.excepthook(threading.ExceptHookArgs((KeyError, KeyError('kk'), None, Named())))
sys.stderr = sys.__stderr__
text = err.getvalue().splitlines()
print(text[0].startswith('Exception in thread '), text[1:])
print(len(text))

# run() without a target does nothing; a subclass's run is what start() calls
t = threading.Thread()
t.start(); t.join()
print(repr(t).split('(')[0], t.is_alive())
class Worker(threading.Thread):
    def run(self):
        print('Worker.run in', threading.current_thread() is self, self.name)
w = Worker(name='W')
print(repr(w))
w.start(); w.join()
print(repr(w).startswith('<Worker(W, stopped '))
d = threading.Thread(name='D', daemon=True)
print(repr(d))

# a subclass that forgot Thread.__init__
class Forgot(threading.Thread):
    def __init__(self):
        pass
f = Forgot()
for what in ('start', 'join'):
    try:
        getattr(f, what)()
    except RuntimeError as e:
        print(what, 'RuntimeError', e)
try:
    f.daemon = True
except RuntimeError as e:
    print('daemon RuntimeError', e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print('AssertionError', e)
print(threading.stack_size(), threading.main_thread().name, threading.main_thread().daemon)
print(threading.current_thread().is_alive(), type(threading.current_thread()).__name__)
