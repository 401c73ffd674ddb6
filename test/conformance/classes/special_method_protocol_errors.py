# Special-method protocols: __class__ override, __index__/__float__/__int__/__len__/__iter__/__bool__ results, __new__/__init__ argument checks, reflected comparisons.
import warnings
warnings.simplefilter("always")
class Fake:
    @property
    def __class__(self): return int
f = Fake()
print(isinstance(f, int), isinstance(f, Fake), type(f).__name__, f.__class__)
class BadIdx:
    def __index__(self): return 1.5
try:
    [1, 2][BadIdx()]
except TypeError as e:
    print("TypeError:", e)
class SubF(float): pass
class RetSub:
    def __float__(self): return SubF(1.5)
    def __int__(self): return True
    def __index__(self): return True
import sys
print(float(RetSub()), int(RetSub()), file=sys.stdout)
class BadFloat:
    def __float__(self): return "x"
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
class LenOnly:
    def __len__(self): return 0
print(bool(LenOnly()), not LenOnly())
class BigLen:
    def __len__(self): return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
class BadIter:
    def __iter__(self): return [1]
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in BadIter(): pass
except TypeError as e:
    print("TypeError:", e)
class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1; return self.i
print(list(Count(3)), sum(Count(4)), max(Count(2)), 2 in Count(3), list(zip(Count(2), Count(5))))
class Rev:
    def __reversed__(self): return iter("cba")
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())), list(Rev()))
class OnlyGet:
    def __getitem__(self, i):
        if i > 2: raise IndexError(i)
        return i
print(list(reversed([0, 1])), 2 in OnlyGet(), list(OnlyGet()))
try:
    reversed(OnlyGet())
except TypeError as e:
    print("TypeError:", e)
class Sl:
    def __getitem__(self, k): return k
s = Sl()
print(s[1:2], s[::-1], s[1:2, 3], s[...], s[-1], s[:, None])
class A:
    def __lt__(self, o): print("A.lt"); return NotImplemented
    def __gt__(self, o): print("A.gt"); return NotImplemented
class B(A):
    def __gt__(self, o): print("B.gt"); return True
    def __lt__(self, o): print("B.lt"); return False
print(A() < B())
print(B() < A())
class NewOnly:
    def __new__(cls, *a): return super().__new__(cls)
print(type(NewOnly(1, 2)).__name__)
class InitOnly:
    def __init__(self, *a): pass
try:
    object.__new__(InitOnly, 1)
except TypeError as e:
    print("TypeError:", e)
print(type(InitOnly(1)).__name__)
class Neither: pass
try:
    Neither(1)
except TypeError as e:
    print("TypeError:", e)
class BothBad:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
    def __init__(self, *a): pass
try:
    BothBad(1)
except TypeError as e:
    print("TypeError:", e)
class IntLike:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(bin(IntLike(5)), range(IntLike(3)), [0, 1, 2, 3][IntLike(1):IntLike(3)], "ab" * IntLike(2), hex(IntLike(255)))
class Hashy:
    def __hash__(self): return "x"
try:
    hash(Hashy())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()))
class Cmp:
    def __eq__(self, o): return "yes"
print(Cmp() == 1, Cmp() != 1, [Cmp()] == [Cmp()], Cmp() in [1])
