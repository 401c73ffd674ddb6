# The list of references to an object in CPython's order (getweakrefs, __weakref__), callbacks
# cleared with the reference, a ref subclass with its own __init__, WeakMethod's death and
# equality, WeakValueDictionary rebinding, WeakSet copies, finalize's peek/detach/call.
import weakref, sys

class C:
    def __init__(self, v): self.v = v
    def m(self): return self.v
    def __repr__(self): return 'C(%r)' % self.v

c = C(1)
r1 = weakref.ref(c)
r2 = weakref.ref(c)
print(r1 is r2, weakref.getweakrefcount(c))
cb = lambda r: print('cb1')
r3 = weakref.ref(c, cb)
r4 = weakref.ref(c, lambda r: print('cb2'))
p = weakref.proxy(c)
p2 = weakref.proxy(c)
print(p is p2, weakref.getweakrefcount(c))
refs = weakref.getweakrefs(c)
print([type(x).__name__ for x in refs])
print(refs[0] is r1, refs[1] is p, refs[2] is r4, refs[3] is r3)
print(c.__weakref__ is r1)
print(r3.__callback__ is cb)
del c
print(r3.__callback__, r1(), r1.__callback__)
print(weakref.getweakrefcount(r1))

class K(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag
d = C(2)
k = K(d, lambda r: print('K died', r.tag), tag='t1')
print(k().v, k.tag)
del d

e = C(3)
wm = weakref.WeakMethod(e.m, lambda r: print('method dead'))
print(wm()())
e2 = C(3)
wm2 = weakref.WeakMethod(e2.m)
print(wm == wm2, wm == weakref.WeakMethod(e.m))
del e
print(wm(), wm == wm)

wvd = weakref.WeakValueDictionary()
x, y = C('x'), C('y')
wvd['a'] = x
wvd['b'] = y
wvd['a'] = y
del x
print(sorted(wvd.keys()), len(wvd))
print(wvd.pop('a'), 'a' in wvd)
del y
print(len(wvd), list(wvd.items()), wvd.get('b', 'gone'))
try:
    wvd['b']
except KeyError as exc:
    print('KeyError', exc)

s = weakref.WeakSet()
z = C('z')
s.add(z)
print(z in s, len(s), C('other') in s)
s2 = s.copy()
del z
print(len(s), len(s2))

f = C('f')
fin = weakref.finalize(f, lambda *a: print('fin', a), 1, 2)
print(fin.peek()[2] if fin.peek() else None)
print(fin.detach() is not None, fin.alive)
del f
print('no fin output above')

g = C('g')
fin2 = weakref.finalize(g, print, 'fin2 called directly')
print(fin2(), fin2.alive, fin2())
del g
print('end')
