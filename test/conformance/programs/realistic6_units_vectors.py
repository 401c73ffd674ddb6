"""Physical quantities and vectors: operator protocols, NotImplemented, __hash__, __format__, math."""
import math
import cmath
from functools import total_ordering
from numbers import Number


class UnitError(TypeError):
    pass


@total_ordering
class Quantity:
    __slots__ = ("value", "unit")
    SCALE = {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001, "in": 0.0254, "ft": 0.3048}

    def __init__(self, value, unit="m"):
        if unit not in self.SCALE:
            raise ValueError(f"unknown unit {unit!r}")
        self.value = value
        self.unit = unit

    @property
    def si(self):
        return self.value * self.SCALE[self.unit]

    def to(self, unit):
        return Quantity(self.si / self.SCALE[unit], unit)

    def _coerce(self, other):
        if isinstance(other, Quantity):
            return other.si
        if other == 0:
            return 0.0
        raise UnitError(f"cannot combine Quantity with {type(other).__name__}")

    def __add__(self, other):
        try:
            return Quantity((self.si + self._coerce(other)) / self.SCALE[self.unit], self.unit)
        except UnitError:
            return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Quantity(-self.value, self.unit)

    def __mul__(self, k):
        if isinstance(k, Number) and not isinstance(k, bool):
            return Quantity(self.value * k, self.unit)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            return self.si / other.si
        return Quantity(self.value / other, self.unit)

    def __eq__(self, other):
        return isinstance(other, Quantity) and math.isclose(self.si, other.si, rel_tol=1e-12)

    def __lt__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        return self.si < other.si

    def __hash__(self):
        return hash(round(self.si, 9))

    def __bool__(self):
        return self.value != 0

    def __abs__(self):
        return Quantity(abs(self.value), self.unit)

    def __round__(self, n=None):
        return Quantity(round(self.value, n), self.unit)

    def __format__(self, spec):
        if spec.endswith(tuple(self.SCALE)) and not spec.endswith("e"):
            for u in sorted(self.SCALE, key=len, reverse=True):
                if spec.endswith(u):
                    return format(self.to(u), spec[: -len(u)])
        return f"{format(self.value, spec)} {self.unit}"

    def __repr__(self):
        return f"Quantity({self.value!r}, {self.unit!r})"


class Vec:
    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __iter__(self):
        return iter(self.xs)

    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self, o, strict=True)))

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self, o))

    def __mul__(self, k):
        return Vec(*(a * k for a in self))

    __rmul__ = __mul__

    def __abs__(self):
        return math.hypot(*self.xs)

    def __eq__(self, o):
        return isinstance(o, Vec) and self.xs == o.xs

    __hash__ = None

    def __repr__(self):
        return f"Vec{self.xs}"


a, b = Quantity(1.5, "km"), Quantity(250, "m")
print(a + b, b + a, a - b, sum([a, b, Quantity(30, "cm")]), 2 * b, b * 0.5)
print(f"{a:.1f}|{b:>10.2fft}|{a + b:.3ekm}|{Quantity(12, 'in'):.4fcm}|{-b:+}")
print(a > b, a <= b, max(a, b, Quantity(2, "km")), sorted([a, b, Quantity(1, "mm")]), a / b, (a / 3).value)
print(Quantity(100, "cm") == Quantity(1, "m"), len({Quantity(100, "cm"), Quantity(1, "m"), Quantity(1, "ft")}))
print(bool(Quantity(0)), abs(-a), round(Quantity(2.675, "m"), 2), round(Quantity(7.5)))
for bad in (lambda: a + 5, lambda: a * "x", lambda: a < 3, lambda: Quantity(1, "mi")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    a.colour = "red"
except AttributeError as e:
    print("AttributeError:", e)

v, w = Vec(3, 4), Vec(1, -2)
print(v + w, v @ w, 3 * v, v * 0.5, abs(v), len(v), v[-1], list(reversed(v)), 4 in v, Vec(*v) == v)
try:
    {v}
except TypeError as e:
    print("TypeError:", e)
try:
    v + Vec(1)
except ValueError as e:
    print("ValueError:", e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), round(0.125, 2), round(2.5), round(-0.5))
print(math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.comb(20, 6), math.perm(6, 2), math.factorial(12), math.isqrt(10**12 + 1))
print(math.dist((0, 0), (3, 4)), math.prod([1.5, 2, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.copysign(2, -0.0))
print(math.log(1024, 2), math.log10(0.001), math.log1p(1e-10), math.exp(1), math.degrees(math.pi / 6), math.atan2(1, -1))
print(math.inf > 10**300, math.nan == math.nan, math.isnan(float("nan")), math.isinf(-math.inf), float("-inf") < 0, 1e308 * 10)
print(cmath.sqrt(-4), complex(3, 4) * 1j, abs(3 + 4j), (1 + 2j).conjugate(), cmath.phase(-1), complex("1-2j"), (2j) ** 2)
print(divmod(-7, 2), divmod(7.5, -2), -7 // 2, -7 % 2, 7 % -3, 2 ** -1, (-8) ** (1 / 3), pow(3, -1, 7), pow(2, 100, 1000))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789012345678.0, 1.0, -0.0, float("1_000.5"), 3.0 * 1.1, 100.0 / 3)
print(int("0x1f", 16), int("1f", 16), int("  -12  "), int("0b101", 0), float.fromhex("0x1.8p1"), (2.5).hex(), (0.1).as_integer_ratio())
