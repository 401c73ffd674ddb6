# copy/deepcopy with __copy__/__deepcopy__/__reduce_ex__/__getstate__ and memo sharing
import copy
class A:
    def __init__(self): self.items = [1, [2]]; self.me = self
a = A(); b = copy.copy(a); c = copy.deepcopy(a)
print(b.items is a.items, b.me is a, c.items is a.items, c.items[1] is a.items[1], c.me is c)
class Cust:
    def __init__(self, v): self.v = v
    def __copy__(self): print('copy called'); return Cust(self.v + ['c'])
    def __deepcopy__(self, memo): print('deepcopy called', type(memo).__name__); return Cust(['d'])
x = Cust(['a'])
print(copy.copy(x).v, copy.deepcopy(x).v, copy.deepcopy([x, x])[0].v)
class R:
    def __init__(self, a, b=0): self.a = a; self.b = b
    def __reduce_ex__(self, proto):
        print('reduce_ex', proto)
        return (R, (self.a,), {'b': self.b + 100})
r = copy.copy(R(1, 2)); print(r.a, r.b)
r = copy.deepcopy(R([1], 2)); print(r.a, r.b)
class St:
    def __init__(self): self.x = 1; self.y = 2
    def __getstate__(self): print('getstate'); return {'x': self.x}
    def __setstate__(self, s): print('setstate', s); self.__dict__.update(s, restored=True)
s = copy.deepcopy(St()); print(vars(s))
s = copy.copy(St()); print(vars(s))
class Sl:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
sc = copy.deepcopy(Sl()); print(sc.a, hasattr(sc, 'b'))
sh = [1, 2]; lst = [sh, sh, (sh,)]
dc = copy.deepcopy(lst); print(dc[0] is dc[1], dc[2][0] is dc[0], dc[0] is sh)
t = (1, 2, (3,)); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); print(copy.deepcopy(t2) is t2)
memo = {}
l = [1]
d1 = copy.deepcopy([l], memo); d2 = copy.deepcopy([l], memo)
print(d1[0] is d2[0], id(l) in memo)
class WithMemo:
    def __init__(self): self.child = [1]
    def __deepcopy__(self, memo):
        new = WithMemo.__new__(WithMemo)
        memo[id(self)] = new
        new.child = copy.deepcopy(self.child, memo)
        return new
w = WithMemo(); pair = copy.deepcopy([w, w, w.child])
print(pair[0] is pair[1], pair[2] is pair[0].child)
import functools
print(copy.copy(len) is len, copy.deepcopy(A) is A, copy.deepcopy(print) is print)
class NoCopy:
    def __reduce_ex__(self, p): raise TypeError('no copies')
try: copy.copy(NoCopy())
except TypeError as e: print('TypeError:', e)
try: copy.deepcopy(type('X', (), {'__reduce_ex__': lambda s, p: (1,)})())
except Exception as e: print(type(e).__name__, e)
class Lst(list):
    def __init__(self, *a): super().__init__(*a); self.tag = 't'
lc = copy.deepcopy(Lst([1, [2]])); print(type(lc).__name__, lc, lc.tag)
class Dct(dict): pass
dd = Dct(a=[1]); dd.attr = 5; dc2 = copy.copy(dd); print(type(dc2).__name__, dc2, dc2.attr, dc2['a'] is dd['a'])
print(copy.replace if hasattr(copy, 'replace') else 'no replace')
import collections
od = collections.OrderedDict(a=1); print(copy.deepcopy(od), copy.copy(collections.defaultdict(list, x=[1])))
print(copy.copy(collections.deque([1, 2], maxlen=3)), copy.deepcopy(collections.Counter('aab')))
