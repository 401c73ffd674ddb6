# weakref on live objects: identity, proxies, containers, finalize called explicitly, errors
import weakref
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'Obj({self.n})'
    def method(self): return self.n
    def __hash__(self): return self.n
    def __eq__(self, o): return isinstance(o, Obj) and o.n == self.n
o = Obj(1)
r = weakref.ref(o)
print(r() is o, type(r).__name__, r.__callback__, weakref.ref(o) is r)
cb = lambda ref: None
r3 = weakref.ref(o, cb)
print(r3 is r, r3.__callback__ is cb, r3 == r, hash(r) == hash(o))
for bad in [1, 'x', [], {}, (), object(), None]:
    try: weakref.ref(bad)
    except TypeError as e: print('TypeError:', e)
a, b = Obj(10), Obj(11)
wvd = weakref.WeakValueDictionary({'a': a})
wvd['b'] = b
print(sorted(wvd.keys()), 'b' in wvd, wvd.get('b'), wvd['a'], len(wvd), type(wvd).__name__)
try: wvd['zz']
except KeyError as e: print('KeyError:', e)
print(wvd.pop('a'), sorted(wvd), wvd.setdefault('c', a), sorted(wvd))
wkd = weakref.WeakKeyDictionary()
wkd[a] = 'va'; wkd[b] = 'vb'; wkd[Obj(10)] = 'replaced'
print(len(wkd), sorted(wkd.values()), a in wkd, Obj(11) in wkd, 5 in wkd)
try: wkd[1] = 2
except TypeError as e: print('TypeError:', e)
ws = weakref.WeakSet([a, b])
print(len(ws), a in ws, sorted(ws, key=lambda x: x.n), ws == weakref.WeakSet([b, a]), sorted(x.n for x in ws | weakref.WeakSet([o])))
log = []
def fin(*args, **kw): log.append((args, kw)); return 'ret'
f = weakref.finalize(a, fin, 1, k=2)
print(f.alive, f.peek()[2:], f(), f.alive, f(), f.peek(), log)
f2 = weakref.finalize(b, fin, 'two')
print(f2.detach()[2:], f2.alive, f2(), log)
p = weakref.proxy(o)
print(p.n, p.method(), type(p).__name__, isinstance(p, Obj), p == Obj(1))
cp = weakref.proxy(fin)
print(type(cp).__name__, cp('via proxy'))
try: hash(p)
except TypeError as e: print('TypeError:', e)
m = Obj(12)
wm = weakref.WeakMethod(m.method)
print(wm()(), type(wm).__name__, wm() == m.method)
try: weakref.WeakMethod(len)
except TypeError as e: print('TypeError:', e)
class WithSlots:
    __slots__ = ()
class WithWR:
    __slots__ = ('__weakref__',)
try: weakref.ref(WithSlots())
except TypeError as e: print('TypeError:', e)
w = WithWR(); print(w.__weakref__); wr = weakref.ref(w); print(wr() is w, w.__weakref__ is wr)
class IntSub(int): pass
class ListSub(list): pass
try: weakref.ref(IntSub(1))
except TypeError as e: print('TypeError:', e)
ls = ListSub(); print(weakref.ref(ls)() is ls)
print(weakref.ref(Obj) () is Obj, weakref.ref(fin)() is fin, weakref.ref(len)() is len)
