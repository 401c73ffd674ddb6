# collections.abc: the one-trick ABCs' abstract methods give their empty answers through super();
# Generator/Coroutine/AsyncGenerator mixins (__next__, close, __anext__, aclose); Set.__rsub__, Set._hash
# (frozenset's hash); MutableSet's -= and ^= with itself and ^= with an iterable.
from collections.abc import *
import collections.abc as cabc
class H(Hashable):
    def __hash__(self): return super().__hash__()
class I(Iterable):
    def __iter__(self): return super().__iter__()
class It(Iterator):
    def __next__(self): return super().__next__()
class S(Sized):
    def __len__(self): return super().__len__()
class C(Container):
    def __contains__(self, x): return super().__contains__(x)
class Ca(Callable):
    def __call__(self, *a): return super().__call__(*a)
class R(Reversible):
    def __iter__(self): return iter([])
    def __reversed__(self): return super().__reversed__()
print(hash(H()), list(I()), list(It()), len(S()), 1 in C(), Ca()(1), list(reversed(R())))
class MinimalGen(Generator):
    def send(self, value): return value
    def throw(self, typ, val=None, tb=None): super().throw(typ, val, tb)
g = MinimalGen()
print(next(g), g.send(5), isinstance(g, Generator))
g.close()
class Ignoring(Generator):
    def send(self, v): return v
    def throw(self, *a): return 1
try:
    Ignoring().close()
except RuntimeError as e:
    print(e)
try:
    g.throw(ValueError, ValueError('x'))
except ValueError as e:
    print('thrown', e)
class MinimalAGen(AsyncGenerator):
    async def asend(self, value): return value
    async def athrow(self, typ, val=None, tb=None): await super().athrow(typ, val, tb)
import asyncio
async def main():
    a = MinimalAGen()
    print(await a.__anext__(), a.__aiter__() is a)
    await a.aclose()
asyncio.run(main())
class MinimalCoro(Coroutine):
    def send(self, v): return v
    def throw(self, *a): super().throw(*a)
    def __await__(self): return iter(())
MinimalCoro().close()

class ListSet(MutableSet):
    def __init__(self, elements=()):
        self.data = []
        for e in elements: self.add(e)
    def __contains__(self, x): return x in self.data
    def __iter__(self): return iter(self.data)
    def __len__(self): return len(self.data)
    def add(self, x):
        if x not in self.data: self.data.append(x)
    def discard(self, x):
        if x in self.data: self.data.remove(x)
    def __repr__(self): return 'ListSet(%r)' % self.data
r1 = {1, 2, 3}
f2 = ListSet([2, 3, 4])
print(sorted(r1 - f2), sorted(f2 - r1), sorted(r1 ^ f2), sorted(f2 ^ r1), sorted(r1 | f2), sorted(r1 & f2))
s = ListSet([1, 2])
s -= s
print(s)
s = ListSet([1, 2]); s ^= s; print(s)
s = ListSet([1, 2]); t = s; s ^= [2, 3]; print(s, s is t)
for items in [(), (1,), (1, 2, 3), ('a', 'b'), (1.5, None, (1, 2))]:
    print(Set._hash(frozenset(items)) == hash(frozenset(items)))
