# Known hashes: set/dict operations mixing sets and dicts, colliding hashes (__eq__ calls),
# Counter and lru_cache keys hashed once per call.
import functools
from collections import Counter
calls = []
class K:
    def __init__(self, v, h=None): self.v = v; self.h = v if h is None else h
    def __hash__(self):
        calls.append('h')
        return hash(self.h)
    def __eq__(self, o):
        calls.append('e')
        return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f"K({self.v})"
def count(label, f):
    calls.clear()
    r = f()
    print(label, calls.count('h'), calls.count('e'))
    return r
d2 = {K(1): 1, K(2): 2}
dc = {K(1, 7): 1, K(2, 7): 2}
s = set(d2)

count('s.difference(d)', lambda: s.difference(d2))
count('s^d', lambda: s.symmetric_difference(d2))
count('s^=d', lambda: set(s).symmetric_difference_update(d2))
count('s-=d', lambda: set(s).difference_update(d2))
count('s&d', lambda: s.intersection(d2))
count('isdisjoint', lambda: s.isdisjoint(d2))
count('issubset', lambda: s.issubset(d2))
count('keys^s', lambda: d2.keys() ^ s)
count('keys-s', lambda: d2.keys() - s)
count('fromkeys collide', lambda: dict.fromkeys(dc))
count('fromkeys set collide', lambda: dict.fromkeys(set(dc)))
count('dict collide', lambda: dict(dc))
count('update collide', lambda: {1: 2}.update(dc))
count('update collide2', lambda: {K(3, 7): 2}.update(dc))
count('mixed', lambda: {1: 'a', 'x': 2, K(5): 3}.update(d2))
count('Counter', lambda: Counter([K(1), K(1), K(2)]))
@functools.lru_cache(maxsize=None)
def f(a, b): return a.v + b
count('lru miss', lambda: f(K(1), 2))
count('lru hit', lambda: f(K(1), 2))
@functools.lru_cache(maxsize=2)
def g(a): return a.v
count('lru2', lambda: [g(K(1)), g(K(1)), g(K(2)), g(K(3)), g(K(1))])
print(sorted(x.v for x in dict.fromkeys(dc)))
print(sorted(x.v for x in (s ^ {K(2): 0, K(3): 0}.keys())))
