# {**m} and f(**m) evaluate where each ** stands (3.9+'s DICT_UPDATE/DICT_MERGE): a mapping's keys() and __getitem__ run before later items; a repeated keyword is refused before its value is asked for; non-str keys are refused after every value
class M:
    def __init__(self, d): self.d = d
    def keys(self): print('keys'); return list(self.d)
    def __getitem__(self, k): print('getitem', k); return self.d[k]
def v(x): print('eval', x); return x
def f(*a, **k): return a, k
print(f(v(1), **M({'a': 1}), b=v(2), **M({'c': 3}), d=v(4)))
print(f(*[v(1)], *[v(2)], **{'x': v(3)}, y=v(4)))
try: f(**M({'a': 1}), **M({'a': 2}))
except TypeError as e: print(e)
try: f(**{1: 2}, **{1: 3})
except TypeError as e: print(e)
try: f(**M({1: 2}), **M({'z': 3}))
except TypeError as e: print(e)
try: f(x=1, **M({'x': 2}))
except TypeError as e: print(e)
try: f(**M({'x': 2}), x=1)
except TypeError as e: print(e)
try: f(**M({'x': 2}), **3)
except TypeError as e: print(e)
d = {'q': 1}
print({**d, **d}, {**d}, {'a': 1, **{}}, {**{}, 'b': 2})
print(f(**d), f(**d, **{'r': 2}))
class DD(dict):
    def keys(self): print('DD keys'); return super().keys()
    def __getitem__(self, k): print('DD getitem', k); return 7
print({**DD(a=1)}, f(**DD(a=1)), dict(**DD(a=1)))
from collections.abc import Mapping
class MM(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): print('getitem', k); return self.d[k]
    def __iter__(self): print('iter'); return iter(self.d)
    def __len__(self): print('len'); return len(self.d)
    def keys(self): print('keys'); return list(self.d)
def v(x): print('eval', x); return x
e = {'a': 1}
r = {v('k1'): v(1), **MM({"b": 2}), v('k2'): v(3), **e, 'z': v(5)}
print(r)
for bad in [1, [1, 2], None]:
    try: {**bad}
    except TypeError as ex: print(ex)
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
x = {'y': D(1)}
w = {**x, 'z': D(5)}
w2 = {'q': D(7), **x}
print('end')
