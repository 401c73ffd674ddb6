from collections import abc, deque, OrderedDict, Counter
from collections.abc import Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Hashable, Sized, Callable, Container, Collection, Generator, Reversible

values = [[1], (1,), 'ab', {1: 2}, {1}, frozenset(), range(3), iter([]), (x for x in ''), 5, None, len, deque(), OrderedDict(), Counter(), b'x', bytearray()]
for abc_cls in [Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Hashable, Sized, Callable, Container, Collection, Generator, Reversible]:
    print(abc_cls.__name__, [isinstance(v, abc_cls) for v in values])

class Bag(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
b = Bag()
b['x'] = 1
b.update(y=2, z=3)
print(len(b), b.get('x'), b.get('q', 0), 'y' in b, sorted(b.keys()), sorted(b.items()), sorted(b.values()), b.pop('z'), b.setdefault('w', 9))
print(b == {'x': 1, 'y': 2, 'w': 9}, isinstance(b, Mapping), dict(b))

class Seq(Sequence):
    def __init__(self, *items):
        self._items = items
    def __getitem__(self, i):
        return self._items[i]
    def __len__(self):
        return len(self._items)
s = Seq(3, 1, 3)
print(list(s), 1 in s, s.index(3), s.count(3), list(reversed(s)), isinstance(s, Reversible))

class Evens(Set):
    def __init__(self, items):
        self._s = {i for i in items if i % 2 == 0}
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(sorted(self._s))
    def __len__(self):
        return len(self._s)
e = Evens(range(10))
print(sorted(e & Evens([2, 4, 20])), e <= Evens(range(20)), e == Evens([0, 2, 4, 6, 8]), e.isdisjoint([1, 3]))
try:
    MutableMapping()
except TypeError as err:
    print('TypeError', err)
class Counter2:
    def __len__(self):
        return 0
print(isinstance(Counter2(), Sized), issubclass(Counter2, Iterable), issubclass(list, abc.Sequence))
