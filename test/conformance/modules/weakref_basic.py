# weakref: ref (shared plain refs, callbacks kept), proxy, WeakMethod, the weak
# containers, finalize (called, detached, and run at exit newest first), and the
# TypeError for objects CPython cannot weakly reference. The objects stay alive
# throughout, so tpy (whose weak references hold strongly) and CPython agree.
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def method(self):
        return 'method of %d' % self.n

    def __repr__(self):
        return 'A(%d)' % self.n


class Slotted:
    __slots__ = ('x',)


class SlottedWeak:
    __slots__ = ('x', '__weakref__')


class MyList(list):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


def f():
    return 'f'


a = A(1)
b = A(2)
r = weakref.ref(a)
print(r() is a, r is weakref.ref(a), r.__callback__, weakref.getweakrefcount(a))
r2 = weakref.ref(a, print)
print(r2 is r, r2 == r, r2() is a, r2.__callback__ is print, weakref.getweakrefcount(a))
rb = weakref.ref(b)
print(hash(r) == hash(a), rb == r, weakref.ref(f)() is f)
print(type(r).__name__, weakref.ref is weakref.ReferenceType, isinstance(r, weakref.ref))
print(weakref.getweakrefs(a) == [r, r2], weakref.getweakrefcount(b))

p = weakref.proxy(a)
p.n = 10
print(a.n, p.n, p.method(), str(p), p is weakref.proxy(a), type(p).__name__)
cp = weakref.proxy(f)
print(cp(), type(cp).__name__, isinstance(cp, weakref.ProxyTypes))
ml = MyList([3, 1, 2])
lp = weakref.proxy(ml)
print(len(lp), lp[0], 1 in lp, sorted(lp), list(lp))
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)

wm = weakref.WeakMethod(a.method)
print(wm()(), wm() == a.method)
try:
    weakref.WeakMethod(f)
except TypeError as e:
    print('TypeError', str(e).split(',')[0])

d = weakref.WeakValueDictionary()
d['a'] = a
d['b'] = b
print(len(d), d['a'], d.get('b'), d.get('c', 'none'), 'a' in d, sorted(d.keys()))
print(sorted(d.items(), key=lambda kv: kv[0]), sorted(x.n for x in d.values()))
print(d.pop('b'), len(d), d.setdefault('z', b), len(d.valuerefs()))
del d['z']
print(list(d), dict(d))

k = weakref.WeakKeyDictionary()
k[a] = 'first'
k[b] = 'second'
print(len(k), k[a], a in k, 1 in k, sorted(k.values()), sorted(x.n for x in k.keys()))
print(k.pop(b), len(k), k.get(b, 'gone'), len(k.keyrefs()))

s = weakref.WeakSet([a, b])
s.add(a)
print(len(s), a in s, 5 in s, sorted(x.n for x in s))
s.discard(b)
print(len(s), b in s, sorted(x.n for x in s | weakref.WeakSet([b])))
fs = weakref.WeakSet([f, len])
print(len(fs), f in fs)

fin = weakref.finalize(a, print, 'finalizer ran', 1)
print(fin.alive, fin.atexit, fin.peek()[1:] == (print, ('finalizer ran', 1), {}))
print(fin(), fin.alive, fin(), fin.peek())
g1 = weakref.finalize(b, print, 'at exit: b (created first)')
g2 = weakref.finalize(f, print, 'at exit: f (created second)')
a3 = A(3)
a4 = A(4)
g3 = weakref.finalize(a3, print, 'never: atexit switched off')
g3.atexit = False
g4 = weakref.finalize(a4, lambda: print('never: detached'))
print(g4.detach()[0], g4.alive, g4.detach())

for obj in [1, 'x', (1,), [1], {}, None, 1.5, b'x', object(), Slotted(), MyInt(1), Exception()]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print('TypeError', e)
keep = [SlottedWeak(), MyList(), MyStr('s'), {1}, frozenset(), A, len, weakref]
for obj in keep:
    print(type(obj).__name__, weakref.ref(obj)() is obj)
for make in (weakref.proxy, weakref.WeakSet().add):
    try:
        make(5)
    except TypeError as e:
        print('TypeError', e)
try:
    weakref.WeakKeyDictionary()[7] = 1
except TypeError as e:
    print('TypeError', e)
try:
    weakref.WeakValueDictionary()['k'] = 7
except TypeError as e:
    print('TypeError', e)
try:
    weakref.finalize(7, print)
except TypeError as e:
    print('TypeError', e)
print('end of program')
