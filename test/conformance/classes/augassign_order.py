# augmented assignment on attributes and subscripts: the order of get/op/set calls
class Box:
    def __init__(self): self.__dict__['v'] = 1
    def __getattr__(self, n): print('getattr', n); return 0
    def __getattribute__(self, n):
        print('getattribute', n); return object.__getattribute__(self, n)
    def __setattr__(self, n, v): print('setattr', n, v); object.__setattr__(self, n, v)
b = Box()
b.v += 5
b.w += 1
class Seq:
    def __init__(self): self.d = {}
    def __getitem__(self, k): print('getitem', k); return self.d.get(k, 0)
    def __setitem__(self, k, v): print('setitem', k, v); self.d[k] = v
s = Seq()
s['a'] += 2
s[(1, 2)] += 3
def key(): print('key evaluated'); return 'k'
def obj(): print('obj evaluated'); return s
obj()[key()] *= 4
class Num:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): print('iadd'); self.v += o; return self
    def __add__(self, o): print('add'); return Num(self.v + o)
    def __repr__(self): return f'Num({self.v})'
class Holder:
    def __init__(self): self.n = Num(1)
h = Holder(); before = h.n
h.n += 1
print(h.n, h.n is before)
t = (Num(1),)
try: t[0] += 1
except TypeError as e: print('TypeError:', e)
print(t)
l = [[1]]
l[0] += [2]; print(l)
t2 = ([1],)
try: t2[0] += [2]
except TypeError as e: print('TypeError:', e)
print(t2)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
x = NoIadd(1); y = x; x += 1; print(x.v, y.v, x is y)
class RetNone:
    def __iadd__(self, o): return None
r = RetNone(); r += 1; print(r)
import operator
lst = [1]; res = operator.iadd(lst, [2]); print(res is lst, lst, operator.iadd(1, 2), operator.ipow(2, 3), operator.imatmul if True else '')
d = {'k': [1]}
d['k'] += [2]; print(d)
class G:
    items = [1]
g = G(); g.items += [2]; print(G.items, g.__dict__)
