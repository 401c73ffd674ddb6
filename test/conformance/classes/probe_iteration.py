# __iter__ vs __getitem__ iteration, __contains__, __reversed__, __missing__
class GI:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * i
print(list(GI()), 4 in GI(), 5 in GI(), list(iter(GI())), sorted(GI(), reverse=True))
try:
    reversed(GI())
except TypeError as e:
    print("TypeError", e)
class GIL(GI):
    def __len__(self): return 3
print(list(reversed(GIL())))
class NotIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
try:
    for x in BadIter(): pass
except TypeError as e:
    print("TypeError", e)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
it = It()
print(list(it), list(it), next(It()), next(iter(It())))
try:
    next(GI())
except TypeError as e:
    print("TypeError", e)
class Cont:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
    def __iter__(self): return iter([2, 3])
print(1 in Cont(), 2 in Cont(), 3 not in Cont())
class ContRet:
    def __contains__(self, x): return [1]
print(1 in ContRet())
class ContNone:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in ContNone()
except TypeError as e:
    print("TypeError", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError", e)
class Rev:
    def __reversed__(self): return iter("cba")
    def __iter__(self): return iter("abc")
print(list(reversed(Rev())), list(Rev()))
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(RevNone())
except TypeError as e:
    print("TypeError", e)
class D(dict):
    def __missing__(self, k):
        print("missing", k)
        return k * 2
d = D(a=1)
print(d["a"], d["bb"], d.get("zz"), "zz" in d, d)
class DD(dict):
    def __missing__(self, k):
        self[k] = v = []
        return v
dd = DD()
dd["x"].append(1)
print(dd)
class NoMissing(dict): pass
try:
    NoMissing()["q"]
except KeyError as e:
    print("KeyError", e)
class MissingRaises(dict):
    def __missing__(self, k): raise LookupError("custom " + k)
try:
    MissingRaises()["q"]
except LookupError as e:
    print(type(e).__name__, e)
import collections
dfd = collections.defaultdict(list)
dfd["a"].append(1)
print(dfd, dfd.default_factory, collections.defaultdict(None).default_factory)
try:
    collections.defaultdict()["k"]
except KeyError as e:
    print("KeyError", e)
class Ctr(collections.Counter): pass
c = Ctr("aab")
print(c["z"], c.most_common(1))
# iterator protocol on generator-based __iter__
class Gen:
    def __iter__(self):
        yield 1
        yield 2
print(list(Gen()), sum(Gen()), dict(zip(Gen(), "ab")), [*Gen()], {*Gen()})
a, b = Gen()
print(a, b)
try:
    a, b, c = Gen()
except ValueError as e:
    print("ValueError", e)
try:
    (a,) = Gen()
except ValueError as e:
    print("ValueError", e)
# __length_hint__
import operator
class LH:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 10
print(operator.length_hint(LH()), list(LH()), operator.length_hint(iter([1,2,3])), operator.length_hint(5, 7))
# StopIteration inside __getitem__
class SI:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(SI()))
# iteration over a dict subclass with overridden __iter__
class RevDict(dict):
    def __iter__(self): return reversed(list(super().__iter__()))
rd = RevDict(a=1, b=2)
print(list(rd), list(rd.keys()), dict(rd), {**rd}, [k for k in rd])
