# collections.abc mixin methods (MutableMapping, Sequence, Set, MutableSet), abstract classmethods/properties, update_abstractmethods, register.
import abc
from collections.abc import MutableMapping, Sequence, Set, MutableSet, Iterable, Hashable, Callable, Iterator, Mapping, Sized, Container, Generator, Reversible
class Store(MutableMapping):
    def __init__(self, *a, **k):
        self._d = {}
        self.update(*a, **k)
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def __repr__(self): return f"Store({self._d})"
s = Store(A=1, b=2)
s['C'] = 3
print(s, s['a'], s.get('x', 0), 'B' in s, list(s.keys()), list(s.items()), s.pop('a'), s.setdefault('d', 4), s)
print(s == {'b': 2, 'c': 3, 'd': 4}, s.popitem(), len(s), isinstance(s, Mapping), dict(s))
s.clear(); print(s, s.keys(), type(s.values()).__name__)
try:
    s.pop('zz')
except KeyError as e:
    print("KeyError:", e)
class Rng(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice): return [self[j] for j in range(*i.indices(self.n))]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError("Rng index out of range")
        return i * i
    def __len__(self): return self.n
r = Rng(5)
print(list(r), r[-1], r[1:3], r.index(9), r.count(4), 16 in r, list(reversed(r)))
try:
    r.index(7)
except ValueError as e:
    print("ValueError:", e)
class FSet(Set):
    def __init__(self, it=()): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
    def __repr__(self): return f"FSet({self._s})"
a, b = FSet([1, 2, 3]), FSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, FSet([2]) < a, a == FSet([3, 2, 1]), a.isdisjoint([9]))
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
class MSet(MutableSet):
    def __init__(self): self._s = set()
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
m = MSet(); m |= {3, 1}; m.add(2); m -= {1}
print(list(m), m.pop(), list(m))
try:
    m.remove(99)
except KeyError as e:
    print("KeyError:", e)
class Incomplete(Sequence):
    def __len__(self): return 0
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
print(isinstance([], Iterable), isinstance(1, Iterable), isinstance([], Hashable), isinstance(len, Callable), issubclass(list, Reversible))
class NoIter:
    __iter__ = None
print(isinstance(NoIter(), Iterable), isinstance(iter([]), Iterator), isinstance((x for x in []), Generator))
class Abs(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def util(): ...
    @property
    @abc.abstractmethod
    def p(self): ...
    @p.setter
    @abc.abstractmethod
    def p(self, v): ...
print(sorted(Abs.__abstractmethods__))
class Impl(Abs):
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(): return 1
    @property
    def p(self): return 2
print(Impl.make().p, Impl.util(), Impl.__abstractmethods__)
class Later(abc.ABC):
    @abc.abstractmethod
    def go(self): ...
class LaterImpl(Later): pass
LaterImpl.go = lambda self: 1
print(LaterImpl.__abstractmethods__)
abc.update_abstractmethods(LaterImpl)
print(LaterImpl.__abstractmethods__, LaterImpl().go())
print(abc.ABCMeta.__name__, type(Later), isinstance(Later, abc.ABCMeta), abc.get_cache_token() is not None)
@Later.register
class Virtual: pass
print(issubclass(Virtual, Later), Virtual.__mro__, Later._abc_registry if hasattr(Later, '_abc_registry') else '')
