# A vector class with binary, reflected, in-place and unary operators, __format__, __index__; NotImplemented fallbacks and their errors.
class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return f"Vec({', '.join(map(repr, self.c))})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return Vec(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __rsub__(self, o):
        return Vec(*(o - a for a in self.c))
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*(a * k for a in self.c))
    def __rmul__(self, k):
        print("rmul")
        return self * k
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __iadd__(self, o):
        print("iadd")
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __bool__(self):
        return any(self.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.c[i])
        return self.c[i]
    def __setitem__(self, i, v):
        self.c[i] = v
    def __contains__(self, v):
        return v in self.c
    def __iter__(self):
        return iter(self.c)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __hash__(self):
        return hash(tuple(self.c))
    def __format__(self, spec):
        if not spec:
            return repr(self)
        return "<" + ", ".join(format(a, spec) for a in self.c) + ">"
    def __round__(self, n=0):
        return Vec(*(round(a, n) for a in self.c))
    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.c))
    def __pow__(self, n, mod=None):
        return Vec(*(pow(a, n, mod) if mod else a ** n for a in self.c))
    def __rpow__(self, b):
        return Vec(*(b ** a for a in self.c))
    def __lshift__(self, n):
        return Vec(*(self.c[n:] + self.c[:n]))
    def __invert__(self):
        return Vec(*reversed(self.c))
    def __call__(self, i):
        return self.c[i]
    def __index__(self):
        return len(self.c)

v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, v + 1, 1 + v, w - v, 10 - v, v * 2, 2 * v, v * w, v @ w)
print(-v, +v, abs(Vec(3, 4)), bool(Vec(0, 0)), len(v), v[1], v[::2], 2 in v, list(v))
print(f"{v}", f"{Vec(1.5, 2.25):.1f}", format(v, '>4'), round(Vec(1.26, 2.71), 1), v / 2, v // 2)
print(v ** 2, pow(v, 2, 5), 2 ** v, v << 1, ~v, v(0), [0, 1, 2, 3, 4][v], hex(v))
u = v
u += w
print(u is v, v)
v[0] = 100
print(v, v == Vec(100, 7, 9), v != w, {v: 1}[Vec(100, 7, 9)])
try:
    v - 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + v
except TypeError as e:
    print("TypeError:", e)
try:
    v < w
except TypeError as e:
    print("TypeError:", e)
try:
    v @ 3
except AttributeError as e:
    print("AttributeError:", e)

class Base:
    def __eq__(self, o):
        print("Base.eq"); return NotImplemented
class Sub(Base):
    def __eq__(self, o):
        print("Sub.eq"); return NotImplemented
print(Base() == Sub())
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt"); return NotImplemented
    def __gt__(self, o):
        print("gt"); return NotImplemented
try:
    Num(1) < Num(2)
except TypeError as e:
    print("TypeError:", e)

class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x); return self
    def __ior__(self, x):
        self.items.extend(x); return self
    def __imul__(self, k):
        self.items *= k; return self
    def __repr__(self): return f"Acc({self.items})"
a = Acc(); a += 1; a |= [2, 3]; a *= 2
print(a)
class NoI:
    def __add__(self, o): return "add"
n = NoI(); n += 1
print(n)
class T(tuple):
    def __add__(self, o): return "T.add"
    def __radd__(self, o): return "T.radd"
print((1,) + T((2,)), T((1,)) + (2,))
class R:
    def __radd__(self, o): return f"radd {o}"
print(sum([R()], 5) if False else 5 + R(), [1] + R())
