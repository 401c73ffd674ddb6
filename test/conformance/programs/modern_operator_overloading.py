# operator overloading on a Vector and a Money type
from functools import total_ordering
import operator


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        self._c = tuple(components)

    def __repr__(self):
        return f"Vector{self._c!r}"

    def __str__(self):
        return "<" + ", ".join(f"{c:g}" for c in self._c) + ">"

    def __format__(self, spec):
        if spec.endswith("p"):
            import math
            r = abs(self)
            return f"<{r:{spec[:-1]}}, {math.atan2(self._c[1], self._c[0]):{spec[:-1]}}>"
        return "<" + ", ".join(format(c, spec) for c in self._c) + ">"

    def __len__(self):
        return len(self._c)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Vector(*self._c[idx])
        return self._c[idx]

    def __contains__(self, x):
        return x in self._c

    def __iter__(self):
        return iter(self._c)

    def __bool__(self):
        return any(self._c)

    def __abs__(self):
        return sum(c * c for c in self._c) ** 0.5

    def __neg__(self):
        return Vector(*(-c for c in self._c))

    def __pos__(self):
        return self

    def __add__(self, other):
        if isinstance(other, Vector):
            if len(other) != len(self):
                raise ValueError("dimension mismatch")
            return Vector(*(a + b for a, b in zip(self, other)))
        if isinstance(other, (int, float)):
            return Vector(*(a + other for a in self))
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self + other

    def __iadd__(self, other):
        print("  (iadd called)")
        return self + other

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self * other

    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

    def __floordiv__(self, k):
        return Vector(*(a // k for a in self))

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def __call__(self, i):
        return self._c[i] * 2

    def __round__(self, n=None):
        return Vector(*(round(c, n) for c in self._c))


v = Vector(3, 4)
w = Vector(1.5, -2)
print(v, repr(w), abs(v), len(v), v[0], v[-1], v[::-1], 4 in v, 5 in v, bool(v), bool(Vector(0, 0)))
print(v + w, v - w, v * 2, 3 * v, v @ w, v / 2, v // 3, -v, +v, v + 1, 1 + v)
print(sum([v, w, Vector(1, 1)]), v(1), round(w * 1.2345, 2), round(Vector(2.5, 3.5)))
print(f"{v:.2f}|{w:+.1e}|{v:.3p}|{v!s:>12}|{v!r}")
u = v
u += w
print(u, v, u is v)
print(v == Vector(3, 4), v != Vector(3, 4), v == (3, 4), {v, Vector(3, 4), w} == {w, v})
try:
    v + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * v
except TypeError as e:
    print("TypeError:", e)
try:
    v < w
except TypeError as e:
    print("TypeError:", e)
try:
    v + Vector(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    v.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(operator.add(v, w), operator.mul(2, v), operator.getitem(v, slice(1)), operator.contains(v, 3))
print(list(map(abs, [v, w])), sorted([v, w, Vector(0, 1)], key=abs))


@total_ordering
class Money:
    def __init__(self, cents, cur="EUR"):
        self.cents = cents
        self.cur = cur

    def __eq__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return (self.cents, self.cur) == (o.cents, o.cur)

    def __lt__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        if o.cur != self.cur:
            raise ValueError(f"cannot compare {self.cur} with {o.cur}")
        return self.cents < o.cents

    def __hash__(self):
        return hash((self.cents, self.cur))

    def __repr__(self):
        return f"Money({self.cents // 100}.{self.cents % 100:02d} {self.cur})"

    def __format__(self, spec):
        sym = {"EUR": "€", "USD": "$"}.get(self.cur, "?")
        amount = self.cents / 100
        return f"{sym}{amount:{spec or ',.2f'}}"

    def __add__(self, o):
        if isinstance(o, int) and o == 0:
            return self
        if not isinstance(o, Money):
            return NotImplemented
        return Money(self.cents + o.cents, self.cur)

    __radd__ = __add__

    def __bool__(self):
        return self.cents != 0

    def __index__(self):
        return self.cents


prices = [Money(1999), Money(250), Money(123456), Money(250)]
print(sorted(prices), max(prices), min(prices), sum(prices))
print(Money(5) <= Money(5), Money(5) > Money(4), Money(5) >= Money(9))
print(f"{sum(prices)}|{Money(1234567):>15,.1f}|{Money(5, 'USD')}|{Money(1, 'GBP'):.3f}")
print(len({*prices}), prices.count(Money(250)), prices.index(Money(250)))
print(bin(Money(5)), hex(Money(255)), [10, 20, 30, 40][Money(2)], bool(Money(0)))
try:
    Money(1) < Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) > 5
except TypeError as e:
    print("TypeError:", e)
