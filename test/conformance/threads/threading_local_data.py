# threading.local: per-thread attribute dicts, subclass __init__ re-run per thread, errors.
import threading
import weakref

data = threading.local()
data.x = 1
print(type(data), type(data).__name__, type(data).__module__, data.__dict__)
seen = []

def worker(tag):
    seen.append((tag, hasattr(data, 'x'), sorted(data.__dict__)))
    data.x = tag
    data.y = tag * 2
    seen.append((tag, data.x, data.y, sorted(vars(data).items())))

for k in range(3):
    t = threading.Thread(target=worker, args=(k + 10,))
    t.start()
    t.join()
print(seen)
print(data.x, data.__dict__)


class Counter(threading.local):
    made = 0
    label = 'class-level'

    def __init__(self, start, step=1):
        Counter.made += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


c = Counter(5, step=2)
print(c.bump(), c.bump(), Counter.made, c.label)
out = []
t = threading.Thread(target=lambda: out.append((c.value, c.bump(), Counter.made, c.label)))
t.start()
t.join()
print(out, c.value, Counter.made, isinstance(c, threading.local))
print(sorted(n for n in dir(c) if not n.startswith('__')))


class Plain(threading.local):
    pass


for make in [lambda: threading.local(1), lambda: threading.local(a=2), lambda: Plain(3)]:
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)

p = Plain()
p.k = 'v'
for act in [lambda: setattr(p, '__dict__', {}), lambda: delattr(p, '__dict__'),
            lambda: delattr(p, 'missing'), lambda: p.missing,
            lambda: setattr(data, '__dict__', {}), lambda: delattr(data, '__dict__')]:
    try:
        act()
    except AttributeError as e:
        print(type(e).__name__, e)
del p.k
print(p.__dict__, getattr(p, 'k', 'gone'))
r = weakref.ref(p)
print(r() is p)


class WithSlots(threading.local):
    __slots__ = ('s',)


w = WithSlots()
w.s = 1
w.other = 2
res = []
t = threading.Thread(target=lambda: res.append((hasattr(w, 'other'), getattr(w, 's', 'unset'))))
t.start()
t.join()
print(res, w.s, w.other)
for act in [lambda: threading.local().nothing, lambda: delattr(threading.local(), 'nothing')]:
    try:
        act()
    except AttributeError as e:
        print(type(e).__name__, e)
print([n for n in dir(threading.local()) if not n.startswith('__')], '__dict__' in dir(data))
import threading
class C(threading.local): pass
class S(threading.local): __slots__ = ('a',)
for o in (threading.local(), C(), S()):
    print(sorted(set(dir(o)) - set(dir(object()))))
