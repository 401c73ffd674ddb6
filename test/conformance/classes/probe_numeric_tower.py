# user numeric types: numbers ABCs, Fraction/Decimal/complex interplay, hash equality, comparisons with builtins
import numbers, fractions, decimal, math
class Meters(numbers.Real):
    def __init__(self, v): self.v = float(v)
    def __float__(self): return self.v
    def __repr__(self): return f"Meters({self.v})"
    def __add__(self, o): return Meters(self.v + float(o)) if isinstance(o, numbers.Real) else NotImplemented
    __radd__ = __add__
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return self
    def __abs__(self): return Meters(abs(self.v))
    def __mul__(self, o): return Meters(self.v * float(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __floordiv__(self, o): return self.v // float(o)
    def __rfloordiv__(self, o): return float(o) // self.v
    def __mod__(self, o): return self.v % float(o)
    def __rmod__(self, o): return float(o) % self.v
    def __pow__(self, o): return self.v ** o
    def __rpow__(self, o): return o ** self.v
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __eq__(self, o): return self.v == float(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return math.trunc(self.v)
    def __floor__(self): return math.floor(self.v)
    def __ceil__(self): return math.ceil(self.v)
    def __round__(self, n=None): return round(self.v, n)
m = Meters(2.5)
print(m + 1, 1 + m, m * 2, 2 * m, m / 2, 5 / m, -m, abs(Meters(-1)), m < 3, m == 2.5, hash(m) == hash(2.5))
print(isinstance(m, numbers.Number), isinstance(m, numbers.Complex), isinstance(m, numbers.Integral), math.floor(m), math.ceil(m), round(m), round(m, 1), m.real if hasattr(m, "real") else None, m.conjugate())
print(complex(m), divmod(m, 1) if False else "", sorted([Meters(3), Meters(1), Meters(2)]))
print(isinstance(1, numbers.Integral), isinstance(1.0, numbers.Rational), isinstance(fractions.Fraction(1, 2), numbers.Rational), isinstance(decimal.Decimal(1), numbers.Real), isinstance(decimal.Decimal(1), numbers.Number), isinstance(1j, numbers.Complex), isinstance(True, numbers.Integral))
F = fractions.Fraction
print(F(1, 3) + 1, 1 + F(1, 3), F(1, 2) + 0.5, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), F(3, 1) == 3, hash(F(3)) == hash(3), F(1, 3) < 0.34, F(1, 3) ** 2, 2 ** F(1, 2))
print(F("0.25"), F(0.1), F(0.1).limit_denominator(10), F(7, -14), round(F(5, 2)), round(F(7, 3), 1), math.floor(F(-1, 2)), int(F(7, 2)), float(F(1, 8)))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
D = decimal.Decimal
print(D("1.1") + D("2.2"), D("1.1") + 1, D(1) / D(3), D("0.1") == 0.1, D("0.5") == 0.5, hash(D("0.5")) == hash(0.5), D(2) ** 2, -D("1.50"), abs(D("-2")), D("1.005").quantize(D("0.01")))
try:
    D("1.1") + 1.1
except TypeError as e:
    print("TypeError", e)
try:
    D("1") < F(1, 2)
    print(D("1") < F(1, 2))
except TypeError as e:
    print("TypeError", e)
print(1 == 1.0 == F(1) == D(1) == complex(1, 0), hash(1) == hash(1.0) == hash(F(1)) == hash(D(1)) == hash(complex(1, 0)))
print({1: "a", 1.0: "b", F(1): "c", D(1): "d"})
print(hash(float("inf")), hash(float("-inf")), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(0.5), hash(1e100) == hash(int(1e100)))
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __index__(self): return self.v
    def __repr__(self): return f"MyInt({self.v})"
for name in ["__abs__", "__add__", "__and__", "__ceil__", "__eq__", "__floor__", "__floordiv__", "__invert__", "__le__", "__lshift__", "__lt__", "__mod__", "__mul__", "__neg__", "__or__", "__pos__", "__pow__", "__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__", "__round__", "__rpow__", "__rrshift__", "__rshift__", "__rtruediv__", "__rxor__", "__truediv__", "__trunc__", "__xor__"]:
    pass
try:
    MyInt(3)
except TypeError as e:
    print("TypeError", str(e)[:60])
print(sorted(numbers.Integral.__abstractmethods__)[:5])
