from dataclasses import dataclass, field, asdict, astuple, replace, fields
from enum import Enum, auto, IntEnum, Flag
import itertools, operator

class Category(Enum):
    TOOLS = auto()
    FOOD = auto()
    TOYS = "toys"
    def __str__(self):
        return self.name.title()

class Prio(IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3

class Perm(Flag):
    R = 4
    W = 2
    X = 1

@dataclass(order=True, frozen=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    cat: Category = Category.TOOLS
    tags: tuple = ()
    def __post_init__(self):
        object.__setattr__(self, "sort_index", self.price * self.qty)

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    def add(self, *items):
        self.items.extend(items)
    def total(self):
        return sum(i.price * i.qty for i in self.items)

inv = Inventory()
inv.add(Item("hammer", 12.5, 3), Item("apple", 0.4, 100, Category.FOOD),
        Item("yo-yo", 3.0, 10, Category.TOYS, ("kids",)), Item("saw", 20.0, 1),
        Item("bread", 2.25, 8, Category.FOOD))
print(inv)
print(f"total={inv.total():.2f}")
for cat, grp in itertools.groupby(sorted(inv.items, key=lambda i: i.cat.name), key=operator.attrgetter("cat")):
    g = list(grp)
    print(cat, repr(cat), [i.name for i in g], sum(i.qty for i in g))
print(sorted(inv.items)[0].name, max(inv.items).name)
print(asdict(inv.items[2]))
print(astuple(inv.items[0]))
r = replace(inv.items[0], qty=5)
print(r, r.sort_index)
print([f.name for f in fields(Item)])
try:
    inv.items[0].qty = 9
except Exception as e:
    print(type(e).__name__, e)
print(hash(Item("a", 1.0)) == hash(Item("a", 1.0)))
print(Prio.HIGH > Prio.LOW, Prio(2), Prio["LOW"], list(Prio), Prio.MID + 1)
print(Perm.R | Perm.W, Perm(7), Perm(0), Perm.R in Perm(5), list(Perm(6)))
print(repr(Perm.R | Perm.X), ~Perm.R)
print(Category("toys"), Category.FOOD.value, Category.__members__.keys())
try:
    Category(99)
except ValueError as e:
    print(e)
print(f"{Prio.LOW} {Prio.LOW!r} {Category.TOYS!s} {format(Prio.HIGH, '>5')}")
by_price = sorted(inv.items, key=lambda i: (-i.price, i.name))
print([i.name for i in by_price])
print(list(itertools.accumulate([i.qty for i in inv.items], operator.mul)))
print(list(itertools.pairwise(i.name for i in inv.items)))
print(list(itertools.batched(range(7), 3)) if hasattr(itertools, "batched") else "no batched")
