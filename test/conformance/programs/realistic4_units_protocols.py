# A physical-units library exercising the object protocols: reflected and in-place
# operators with NotImplemented fallbacks, __format__ with custom specs, __index__,
# __bool__/__len__, __hash__ = None, __contains__ via __getitem__, __missing__, __class__
# assignment, __getattr__ unit lookup and the TypeError messages for unsupported operands.
import math
import operator
from numbers import Number


class DimensionError(TypeError):
    pass


class Quantity:
    __slots__ = ("value", "dims")
    _names = {(1, 0, 0): "m", (0, 1, 0): "s", (0, 0, 1): "kg", (1, -1, 0): "m/s",
              (1, -2, 0): "m/s^2", (1, -2, 1): "N", (2, -2, 1): "J", (0, 0, 0): ""}

    def __init__(self, value, dims=(0, 0, 0)):
        self.value = value
        self.dims = tuple(dims)

    def _check(self, other, op):
        if not isinstance(other, Quantity):
            if isinstance(other, Number) and self.dims == (0, 0, 0):
                return Quantity(other)
            return NotImplemented
        if other.dims != self.dims:
            raise DimensionError(f"cannot {op} {self.unit} and {other.unit}")
        return other

    @property
    def unit(self):
        if self.dims in self._names:
            return self._names[self.dims] or "1"
        return "*".join(f"{u}^{p}" for u, p in zip("m s kg".split(), self.dims) if p)

    def __add__(self, other):
        other = self._check(other, "add")
        if other is NotImplemented:
            return other
        return Quantity(self.value + other.value, self.dims)

    __radd__ = __add__

    def __sub__(self, other):
        other = self._check(other, "subtract")
        if other is NotImplemented:
            return other
        return Quantity(self.value - other.value, self.dims)

    def __rsub__(self, other):
        return Quantity(other) - self

    def __mul__(self, other):
        if isinstance(other, Quantity):
            return Quantity(self.value * other.value, map(operator.add, self.dims, other.dims))
        if isinstance(other, Number):
            return Quantity(self.value * other, self.dims)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            return Quantity(self.value / other.value, map(operator.sub, self.dims, other.dims))
        if isinstance(other, Number):
            return Quantity(self.value / other, self.dims)
        return NotImplemented

    def __rtruediv__(self, other):
        return Quantity(other / self.value, [-d for d in self.dims])

    def __pow__(self, n):
        return Quantity(self.value ** n, [d * n for d in self.dims])

    def __neg__(self):
        return Quantity(-self.value, self.dims)

    def __abs__(self):
        return Quantity(abs(self.value), self.dims)

    def __eq__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        return self.dims == other.dims and math.isclose(self.value, other.value)

    __hash__ = None

    def __lt__(self, other):
        other = self._check(other, "compare")
        if other is NotImplemented:
            return other
        return self.value < other.value

    def __bool__(self):
        return self.value != 0

    def __float__(self):
        if self.dims != (0, 0, 0):
            raise DimensionError(f"only dimensionless quantities convert to float, not {self.unit}")
        return float(self.value)

    def __format__(self, spec):
        if spec.endswith("u"):
            return f"{format(self.value, spec[:-1])} {self.unit}"
        return format(self.value, spec)

    def __repr__(self):
        return f"Quantity({self.value!r}, {self.unit!r})"

    def __str__(self):
        return f"{self.value:g} {self.unit}"


class Units:
    table = {"m": (1, 0, 0), "s": (0, 1, 0), "kg": (0, 0, 1)}
    scale = {"km": ("m", 1000), "min": ("s", 60), "g": ("kg", 0.001), "h": ("s", 3600)}

    def __getattr__(self, name):
        if name in self.table:
            return Quantity(1, self.table[name])
        if name in self.scale:
            base, k = self.scale[name]
            return Quantity(k, self.table[base])
        raise AttributeError(f"unknown unit {name!r}")


u = Units()
dist = 42.195 * u.km
time = 2 * u.h + 1 * u.min + 9 * u.s
speed = dist / time
print(dist, time, speed, f"{speed:.3fu}", f"{speed.value * 3.6:.2f} km/h")
force = 80 * u.kg * 9.81 * u.m / u.s ** 2
print(force, repr(force), f"{force:>10.1fu}|", force * (3 * u.m), 1 / u.s, (u.m ** 2).unit)
print(sorted([3 * u.m, 1 * u.km, 50 * u.m]), max(2 * u.s, 1 * u.min), u.m == 100 * u.m / 100)
print(bool(0 * u.m), bool(-u.m), abs(-5 * u.kg), 10 - Quantity(3), float(u.km / u.m), 2 + Quantity(1))
total = sum([1 * u.m, 2 * u.m, 3 * u.m], Quantity(0, (1, 0, 0)))
print(total)
acc = 1 * u.m
acc += 2 * u.m
acc *= 3
print(acc, type(acc).__name__)
for label, thunk in [("m + s", lambda: u.m + u.s), ("m < s", lambda: u.m < u.s), ("str + m", lambda: "a" + u.m),
                     ("m + str", lambda: u.m + "a"), ("m @ m", lambda: u.m @ u.m), ("hash", lambda: {u.m}),
                     ("float", lambda: float(u.m)), ("unit", lambda: u.furlong), ("m < 3", lambda: u.m < 3),
                     ("-str", lambda: -"x"), ("m ** m", lambda: u.m ** u.m), ("slot", lambda: setattr(u.m, "x", 1))]:
    try:
        print(label, "->", thunk())
    except (TypeError, AttributeError) as e:
        print(f"{label:>8} !! {type(e).__name__}: {e}")


class Page:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


lines = ["l0", "l1", "l2", "l3", "l4"]
print(lines[Page(2)], lines[Page(1):Page(3)], hex(Page(255)), bin(Page(5)), range(Page(3))[-1], "ab" * Page(2), operator.index(Page(7)))


class Playlist:
    def __init__(self, songs):
        self.songs = songs

    def __getitem__(self, i):
        return self.songs[i]

    def __len__(self):
        return len(self.songs)


pl = Playlist(["a", "b", "c"])
print("b" in pl, "z" in pl, list(pl), list(reversed(pl)), bool(Playlist([])), [*enumerate(pl, 1)])


class DefaultTable(dict):
    def __missing__(self, key):
        value = self[key] = key.upper() * 2
        return value


dt = DefaultTable(a="x")
print(dt["a"], dt["b"], dt, dt.get("c"), "c" in dt)


class Celsius:
    def __init__(self, t):
        self.t = t

    def __str__(self):
        return f"{self.t}°C"


class Fahrenheit:
    def __str__(self):
        return f"{self.t * 9 / 5 + 32}°F"


t = Celsius(100)
print(t, end=" -> ")
t.__class__ = Fahrenheit
print(t, isinstance(t, Celsius), type(t).__name__)
try:
    t.__class__ = int
except TypeError as e:
    print(e)
