# operator overloading: NotImplemented fallbacks, reflected and in-place
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o):
        print("V.__add__", o)
        if isinstance(o, V): return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)): return V(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        print("V.__radd__", o)
        return self.__add__(o)
    def __mul__(self, k): return V(*[a * k for a in self.c]) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __neg__(self): return V(*[-a for a in self.c])
    def __abs__(self): return sum(a*a for a in self.c) ** 0.5
    def __matmul__(self, o): return sum(a*b for a, b in zip(self.c, o.c))
v = V(1, 2)
print(v + V(3, 4), v + 1, 1 + v, 2 * v, v * 3, -v, abs(V(3, 4)), v @ V(1, 1))
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
try:
    v + "s"
except TypeError as e:
    print("TypeError", e)
try:
    "s" + v
except TypeError as e:
    print("TypeError", e)
try:
    v - v
except TypeError as e:
    print("TypeError", e)
try:
    v @ 1
except Exception as e:
    print(type(e).__name__, e)
# subclass reflected priority
class V2(V):
    def __radd__(self, o):
        print("V2.__radd__")
        return "V2 wins"
print(V(1) + V2(1))
# in-place
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o): return "plain add"
a = Acc(); b = a
a += 1
a += 2
print(a is b, a.items)
class NoI:
    def __add__(self, o): return "fallback add"
n = NoI(); n += 1; print(n)
class IRetNI:
    def __iadd__(self, o): return NotImplemented
    def __radd__(self, o): return "radd"
x = 5
y = IRetNI()
x += y
print(x)
try:
    z = IRetNI(); z += 1
except TypeError as e:
    print("TypeError", e)
# ipow, ifloordiv, etc
class All:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"All({self.v})"
for op in ["sub", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"]:
    setattr(All, f"__{op}__", (lambda op: lambda s, o: f"{op}({s.v},{o})")(op))
    setattr(All, f"__r{op}__", (lambda op: lambda s, o: f"r{op}({s.v},{o})")(op))
t = All(1)
print(t - 1, t / 1, t // 1, t % 1, t ** 1, t << 1, t >> 1, t & 1, t | 1, t ^ 1)
print(1 - t, 1 / t, 1 // t, 1 % t, 1 ** t, 1 << t, 1 >> t, 1 & t, 1 | t, 1 ^ t)
print(pow(t, 2), divmod(7, 2))
try:
    pow(t, 2, 3)
except TypeError as e:
    print("TypeError", e)
class DM:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9
import math
d = DM()
print(divmod(d, 1), divmod(1, d), +d, ~d, round(d), round(d, 2), math.trunc(d), math.floor(d), math.ceil(d))
try:
    -d
except TypeError as e:
    print("TypeError", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError", e)
try:
    [] < 1
except TypeError as e:
    print("TypeError", e)
try:
    1 < V()
except TypeError as e:
    print("TypeError", e)
# __rpow__ with 3 args not called; list * custom via __index__
class Idx:
    def __index__(self): return 2
print([1] * Idx(), "ab" * Idx(), (0,) * Idx())
# operator module
import operator
print(operator.add(v, 1), operator.iadd(Acc(), 1).items)
# __getitem__ with slices
class Sl:
    def __getitem__(self, k): return k
s = Sl()
print(s[1:2], s[::2], s[1, 2:3], s[...], s[:, None])
