# collections.abc: subclasses get their mixin methods; abstract-method errors; registration
from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet, Iterable, Iterator, Sized, Container, Callable, Hashable, Reversible, Collection, Generator
class M(Mapping):
    def __init__(self, d): self._d = dict(d)
    def __getitem__(self, k): return self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
m = M({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, m != {'a': 1})
print(type(m.keys()).__name__, m.keys() & {'a'}, len(m.items()), ('a', 1) in m.items())
class MM(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
mm = MM(); mm.update({'x': 1}, y=2); mm.setdefault('z', 3)
print(dict(mm), mm.pop('x'), mm.pop('q', 'd'), mm.popitem(), dict(mm))
try: mm.pop('nope')
except KeyError as e: print('KeyError:', e)
mm.clear(); print(len(mm))
try: MM().popitem()
except KeyError as e: print('KeyError:', e)
class S(Sequence):
    def __init__(self, *a): self._a = a
    def __getitem__(self, i): return self._a[i]
    def __len__(self): return len(self._a)
s = S(1, 2, 3, 2)
print(s.index(2), s.count(2), 3 in s, list(reversed(s)), list(s), s.index(2, 2))
try: s.index(9)
except ValueError as e: print('ValueError:', e)
class MS(MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
ms = MS(); ms.append(1); ms.extend([2, 3]); ms += [4]; ms.reverse(); print(list(ms), ms.pop(), ms.pop(0), list(ms))
ms.remove(2); print(list(ms)); ms.clear(); print(len(ms))
try: ms.remove(5)
except ValueError as e: print('ValueError:', e)
class FS(Set):
    def __init__(self, it): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
a, b = FS([1, 2, 3]), FS([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= FS([1, 2, 3, 4]), a.isdisjoint([9]), type(a & b).__name__)
class MSet(MutableSet):
    def __init__(self): self._s = set()
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
mset = MSet(); mset |= {1, 2, 3}; mset -= {1}; print(list(mset), mset.pop(), list(mset))
try: mset.remove(99)
except KeyError as e: print('KeyError:', e)
for abstract in [Mapping, MutableSequence, Set, Iterator]:
    try: abstract()
    except TypeError as e: print('TypeError:', e)
class Incomplete(Sequence):
    def __len__(self): return 0
try: Incomplete()
except TypeError as e: print('TypeError:', e)
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(set(), MutableSet), isinstance((), MutableSequence), isinstance('s', Reversible), isinstance(len, Callable))
print(issubclass(dict, Collection), isinstance(iter([]), Iterator), isinstance((x for x in []), Generator), isinstance(1, Hashable), isinstance([], Hashable))
class Duck:
    def __len__(self): return 0
    def __iter__(self): return iter([])
    def __contains__(self, x): return False
print(isinstance(Duck(), Sized), isinstance(Duck(), Collection), isinstance(Duck(), Container), isinstance(Duck(), Sequence))
class It(Iterator):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), iter(It()).__class__.__name__)
Sequence.register(Duck)
print(isinstance(Duck(), Sequence), issubclass(Duck, Iterable))
print(Mapping.__abstractmethods__ == frozenset({'__getitem__', '__iter__', '__len__'}), sorted(MutableSequence.__abstractmethods__))
