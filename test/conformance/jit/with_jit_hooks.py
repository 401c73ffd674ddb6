# sys.settrace and sys.setprofile over `with` statements whose code ran compiled before the
# hook was set (and one set by __exit__ itself): the events and line numbers of 3.11,
# the `with` line reported again when the block is left.
import sys
import threading

class CM:
    def __init__(self):
        self.hook = None
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if self.hook is not None:
            sys.settrace(self.hook)
            self.hook = None
        return False

def body(cm, i):
    with cm as c:
        x = i + 1
    return x

def returns(cm, i):
    with cm:
        if i:
            return i
    return -1

def loop(cm, n):
    t = 0
    for i in range(n):
        with cm:
            t += i
    return t

def raising(cm):
    with cm:
        raise KeyError('k')

events = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ('body', 'returns', 'loop', 'raising', '__enter__', '__exit__'):
        events.append((name, event, frame.f_lineno - body.__code__.co_firstlineno))
    return tracer

cm = CM()
for i in range(600):
    body(cm, i)
    returns(cm, i)
loop(cm, 600)

sys.settrace(tracer)
body(cm, 1)
returns(cm, 1)
returns(cm, 0)
loop(cm, 2)
try:
    raising(cm)
except KeyError:
    pass
sys.settrace(None)
for e in events:
    print(e)

# A trace function set by __exit__ while a compiled loop runs.
events.clear()
cm.hook = tracer
loop(cm, 3)
sys.settrace(None)
print(events)

calls = []
def profiler(frame, event, arg):
    if event.startswith('c_'):
        calls.append((event, getattr(arg, '__name__', '?')))
    elif frame.f_code.co_name in ('__enter__', '__exit__', 'locked'):
        calls.append((event, frame.f_code.co_name))

def locked(lock, n):
    t = 0
    for i in range(n):
        with lock:
            t += i
    return t

lock = threading.Lock()
locked(lock, 600)
sys.setprofile(profiler)
locked(lock, 2)
loop(cm, 1)
sys.setprofile(None)
for c in calls:
    print(c)
