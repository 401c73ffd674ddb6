# inventory with operator overloading (__add__/__radd__/__iadd__/__sub__, __getitem__ slices, __contains__, __len__)
from collections import Counter
from dataclasses import dataclass
from functools import total_ordering


@total_ordering
@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: float

    def __lt__(self, other):
        return (self.price, self.sku) < (other.price, other.sku)


class Stock:
    def __init__(self, items=None):
        self._c = Counter()
        for p, n in (items or {}).items():
            self._c[p] += n

    @classmethod
    def of(cls, *pairs):
        return cls(dict(pairs))

    def __repr__(self):
        inner = ", ".join(f"{p.sku}x{n}" for p, n in sorted(self._c.items()))
        return f"Stock({inner})"

    def __len__(self):
        return sum(self._c.values())

    def __bool__(self):
        return any(self._c.values())

    def __contains__(self, item):
        if isinstance(item, str):
            return any(p.sku == item for p in self._c)
        return self._c[item] > 0

    def __iter__(self):
        return iter(sorted(self._c.elements()))

    def __getitem__(self, key):
        ordered = sorted(self._c)
        if isinstance(key, slice):
            return Stock({p: self._c[p] for p in ordered[key]})
        if isinstance(key, int):
            return ordered[key]
        for p in ordered:
            if p.sku == key:
                return self._c[p]
        raise KeyError(key)

    def __add__(self, other):
        if isinstance(other, Stock):
            new = Stock(dict(self._c))
            new._c.update(other._c)
            return new
        if isinstance(other, Product):
            return self + Stock({other: 1})
        if isinstance(other, tuple) and len(other) == 2:
            return self + Stock({other[0]: other[1]})
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __iadd__(self, other):
        result = self + other
        if result is NotImplemented:
            return NotImplemented
        self._c = result._c
        return self

    def __sub__(self, other):
        if not isinstance(other, Stock):
            return NotImplemented
        missing = other._c - self._c
        if missing:
            names = ", ".join(sorted(p.sku for p in missing))
            raise ValueError(f"not enough stock for: {names}")
        new = Stock(dict(self._c))
        new._c.subtract(other._c)
        new._c = +new._c
        return new

    def __mul__(self, k):
        return Stock({p: n * k for p, n in self._c.items()})

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Stock) and +self._c == +other._c

    @property
    def value(self):
        return round(sum(p.price * n for p, n in self._c.items()), 2)


pen = Product("P1", "pen", 1.5)
book = Product("B2", "book", 12.0)
lamp = Product("L3", "lamp", 30.0)
mug = Product("M4", "mug", 1.5)
s = Stock.of((pen, 10), (book, 2))
print(s, len(s), s.value, bool(s), bool(Stock()))
s += lamp
s += (mug, 3)
print(s, "P1" in s, lamp in s, Product("X", "x", 0) in s, "Z9" in s)
print(s[0], s[-1], s[1:3], s["B2"], s[::2])
try:
    s["nope"]
except KeyError as e:
    print("KeyError:", e)
order = Stock.of((pen, 4), (lamp, 1))
print(s - order, (s - order).value)
try:
    s - Stock.of((lamp, 5), (book, 9))
except ValueError as e:
    print("ValueError:", e)
print(sum([Stock.of((pen, 1)), Stock.of((pen, 2), (mug, 1))]), 2 * order, order * 3 == order + order + order)
print(list(Stock.of((book, 2), (pen, 1))), sorted([lamp, pen, book, mug]), max(pen, mug), pen <= mug, book > lamp)
try:
    s + 5
except TypeError as e:
    print("TypeError:", e)
try:
    s += "str"
except TypeError as e:
    print("TypeError:", e)
try:
    s - 1
except TypeError as e:
    print("TypeError:", e)
ledger = []
for day, (prod, qty) in enumerate([(pen, 3), (book, 1), (pen, 2), (lamp, 1)], 1):
    try:
        s = s - Stock.of((prod, qty))
        ledger.append(f"day {day}: sold {qty} {prod.name}{'s' if qty > 1 else ''}")
    except ValueError as e:
        ledger.append(f"day {day}: {e}")
print(*ledger, sep="\n")
print(s, s.value, f"{s.value:>10.2f}", f"{len(s):03d}")
