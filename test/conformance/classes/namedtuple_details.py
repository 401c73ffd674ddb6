# collections.namedtuple: defaults, rename, _make/_replace/_asdict errors, subclassing, module
from collections import namedtuple
P = namedtuple('P', 'x y', defaults=[0])
print(P(1), P(1, 2), P._field_defaults, P.__doc__, P.x.__doc__, P._fields)
try: P()
except TypeError as e: print('TypeError:', e)
try: P(1, 2, 3)
except TypeError as e: print('TypeError:', e)
try: P(1, z=3)
except TypeError as e: print('TypeError:', e)
R = namedtuple('R', ['a', 'def', 'a', '_b', '1c'], rename=True)
print(R._fields)
for bad in [('T', 'a def'), ('T', 'a a'), ('T', '_a'), ('1T', 'a'), ('T', 'a 1b'), ('class', 'a')]:
    try: namedtuple(*bad)
    except ValueError as e: print('ValueError:', e)
p = P(1, 2)
print(p._replace(y=5), p._asdict(), P._make([3, 4]), P._make(iter([5, 6])))
try: p._replace(z=1)
except ValueError as e: print('ValueError:', e)
try: P._make([1])
except TypeError as e: print('TypeError:', e)
try: p.x = 5
except AttributeError as e: print('AttributeError:', e)
class Sub(P):
    __slots__ = ()
    @property
    def total(self): return self.x + self.y
    def __repr__(self): return f'Sub<{self.x},{self.y}>'
s = Sub(1, 2)
print(s, s.total, s._replace(x=9), type(s._replace(x=9)).__name__, Sub._make([0, 0]))
print(p == (1, 2), p + (3,), p[0], p[-1], list(p), len(p), hash(p) == hash((1, 2)), p.count(1), p.index(2))
x, y = p; print(x, y)
N = namedtuple('N', 'a', module='mymod'); print(N.__module__, repr(N(1)))
E = namedtuple('E', ''); print(E(), E._fields, len(E()))
print(P.__new__.__doc__ if False else '', P.__match_args__, type(P.x).__name__)
W = namedtuple('W', 'a, b   c'); print(W._fields)
import pickle, copy
print(pickle.loads(pickle.dumps(P(1, 2))), copy.copy(p), copy.deepcopy(P([1], 2)))
print(p.__getnewargs__(), P.__getnewargs__ is not None)
print(repr(P(x='s', y=None)), str(P(1.5, [1])))
