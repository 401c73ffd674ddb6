"""Warehouse inventory with singledispatch, match class patterns, statistics and random (seeded)."""
import random
import statistics
from dataclasses import dataclass, field
from functools import singledispatch, singledispatchmethod, partial, reduce
from itertools import pairwise, product, combinations, permutations, starmap, zip_longest, repeat, compress
from typing import NamedTuple


class Point(NamedTuple):
    aisle: int
    shelf: int = 0

    def dist(self, other):
        return abs(self.aisle - other.aisle) + abs(self.shelf - other.shelf)


@dataclass
class Item:
    sku: str
    qty: int
    where: Point
    price: float = 0.0
    tags: tuple = ()


@dataclass
class Kit:
    name: str
    parts: list = field(default_factory=list)


@singledispatch
def value(obj):
    raise TypeError(f"cannot value {type(obj).__name__}")


@value.register
def _(obj: Item):
    return obj.qty * obj.price


@value.register(Kit)
def _(obj):
    return sum(value(p) for p in obj.parts) * 0.9


@value.register(list)
@value.register(tuple)
def _(obj):
    return sum(map(value, obj))


def describe(thing):
    match thing:
        case Item(sku=s, qty=0):
            return f"{s}: out of stock"
        case Item(sku, qty, Point(aisle=a, shelf=0)) if qty > 50:
            return f"{sku}: bulk on floor of aisle {a}"
        case Item(sku=s, where=Point(a, sh), tags=("fragile", *rest)):
            return f"{s}: fragile at {a}/{sh} (+{len(rest)} tags)"
        case Item(sku=s, qty=q):
            return f"{s}: {q} units"
        case Kit(name=n, parts=[]):
            return f"kit {n} is empty"
        case Kit(name=n, parts=[first, *others]):
            return f"kit {n}: {first.sku} and {len(others)} more"
        case _:
            return "?"


class Counter:
    @singledispatchmethod
    def add(self, arg):
        return f"other {arg!r}"

    @add.register
    def _(self, arg: int):
        return f"int {arg + 1}"

    @add.register
    def _(self, arg: str):
        return f"str {arg.upper()}"


rng = random.Random(2024)
items = []
for i in range(12):
    items.append(Item(
        f"SKU{i:03d}", rng.randint(0, 80), Point(rng.randrange(1, 6), rng.choice([0, 1, 2])),
        round(rng.uniform(0.5, 30), 2), tuple(rng.sample(["fragile", "cold", "heavy", "toxic"], k=rng.randint(0, 2)))))
for it in items:
    print(describe(it))
kit = Kit("starter", items[:3])
print(describe(kit), describe(Kit("void")), describe(42))
print(f"{value(items):.2f} {value(kit):.2f} {value((items[0], kit)):.2f}")
try:
    value({"a": 1})
except TypeError as e:
    print("TypeError:", e)
c = Counter()
print(c.add(1), c.add("x"), c.add(2.5), sorted(t.__name__ for t in value.registry if t is not object))

qtys = [it.qty for it in items]
print(statistics.mean(qtys), statistics.median(qtys), statistics.mode([it.where.aisle for it in items]))
print(round(statistics.pstdev(qtys), 4), round(statistics.stdev(qtys), 4), statistics.quantiles(qtys, n=4))
print(statistics.median_low([3, 1, 4, 2]), statistics.median_high([3, 1, 4, 2]), statistics.fmean([1, 2, 4]), statistics.geometric_mean([1, 4]))

route = [Point(0, 0)] + sorted({it.where for it in items if it.qty})
print(len(route), sum(a.dist(b) for a, b in pairwise(route)))
best = min(permutations(route[1:5]), key=lambda p: sum(a.dist(b) for a, b in pairwise((route[0],) + p)))
print(best)
print(list(combinations("ABC", 2)), len(list(product(range(3), repeat=3))), list(starmap(pow, [(2, 5), (3, 2)])))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")), list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(repeat(7, 3)))
print(reduce(lambda acc, it: acc | set(it.tags), items, set()) == {t for it in items for t in it.tags})
rng.shuffle(items)
print([it.sku[-2:] for it in items], rng.choices("abc", weights=[5, 1, 1], k=8), rng.random(), rng.gauss(0, 1))
print(Point(3)._replace(shelf=9), Point._make([1, 2]), Point(1, 2)._asdict(), Point._field_defaults)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
