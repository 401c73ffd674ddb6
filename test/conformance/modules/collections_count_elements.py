# Counter's counting loop (_collections._count_elements): dict fast path, overridden get/__setitem__, hashing once, errors, partial counts
from collections import Counter, _count_elements, OrderedDict
c = Counter('abracadabra'); print(c, c.most_common(2), c.most_common(), c.most_common(0), c.most_common(-1))
c.update(['a', 'z']); c.update({'a': 2}); print(c)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): print('hash', self.v); return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K(%r)' % self.v
class Loud(Counter):
    def __setitem__(self, k, v): print('set', k, v); super().__setitem__(k, v)
l = Loud(); l.update('aba'); print(l)
class G(dict):
    def get(self, k, d=None): print('get', k, d); return dict.get(self, k, d)
g = G(); _count_elements(g, 'xyx'); print(g)
d = {'x': 1.5, 'y': True}; _count_elements(d, 'xyw'); print(d)
o = OrderedDict(); _count_elements(o, [3, 1, 3, 2**60, 2**60]); print(o)
def bad():
    yield 'a'; yield 'b'; raise ValueError('stop')
c = Counter()
try: c.update(bad())
except ValueError as e: print(e, c)
for f in (lambda: _count_elements({}), lambda: _count_elements({}, 5), lambda: _count_elements({}, [[1]]), lambda: _count_elements(5, 'a'),
          lambda: _count_elements({}, 'a', x=1), lambda: _count_elements({'a': 'q'}, 'a')):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
words = "the cat the dog the end a cat".split()
print(Counter(words).most_common(3), sorted(Counter(words).elements())[:4])
print(_count_elements.__name__, _count_elements.__module__)
kd = {}; _count_elements(kd, [K(1), K(2), K(1)]); print(kd)
