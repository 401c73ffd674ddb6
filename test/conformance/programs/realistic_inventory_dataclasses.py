# inventory with dataclasses (order, frozen, slots, KW_ONLY, InitVar), descriptors and Enum/Flag/StrEnum
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY, FrozenInstanceError
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
import dataclasses
class Category(StrEnum):
    TOOL = auto()
    FOOD = auto()
    TOY = "toy!"
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
    RW = R | W
class Pri(IntEnum):
    LOW = 1; MID = 5; HIGH = 10
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name[1:]} must be >= 0, got {value}")
        setattr(obj, self.name, value)
@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list, compare=False)
    _: KW_ONLY
    category: Category = Category.TOOL
    discount: InitVar[float] = 0.0
    def __post_init__(self, discount):
        self.price = round(self.price * (1 - discount), 2)
        self.sort_key = (self.category, -self.price)
@dataclass(frozen=True, slots=True)
class Sku:
    code: str
    n: int = 1
class Stock:
    level = Positive()
    def __init__(self, level): self.level = level
inv = [Item("hammer", 12.5, 3), Item("apple", 0.5, 100, ["fresh"], category=Category.FOOD),
       Item("yo-yo", 3.0, 7, category=Category.TOY, discount=0.1), Item("saw", 20.0, 1, discount=0.25)]
for it in sorted(inv):
    print(it)
print(asdict(inv[1]), astuple(inv[0])[1:], [f.name for f in fields(Item)], replace(inv[0], qty=9).qty)
print(inv[0] == Item("hammer", 12.5, 3, ["x"]), inv[0] < inv[3], Item.__match_args__)
s = Sku("A1")
try:
    s.n = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(s, hash(s) == hash(Sku("A1")), Sku.__slots__, hasattr(s, "__dict__"))
try:
    Item("x")
except TypeError as e:
    print("TypeError:", e)
try:
    Item("x", 1, 2, [], Category.TOY)
except TypeError as e:
    print("TypeError:", e)
st = Stock(5)
try:
    st.level = -1
except ValueError as e:
    print("ValueError:", e)
print(st.level, Stock.level.name, vars(st))
print(Category.FOOD, repr(Category.TOY), Category("food"), Category.TOY.upper(), f"{Category.TOOL}", [c.value for c in Category])
p = Perm.R | Perm.X
print(p, repr(p), Perm.RW, Perm.R in p, Perm.W in p, ~Perm.R, list(p), Perm(0), bool(Perm(0)), Perm(7), p.value, len(Perm))
print(Pri.MID, repr(Pri.HIGH), Pri.LOW + 1, Pri(10), sorted([Pri.HIGH, Pri.LOW]), f"{Pri.MID:>4}|{Pri.MID!r}", Pri.MID == 5, max(Pri))
class Shape(Enum):
    CIRCLE = 1
    ROUND = 1
    SQUARE = 2
    def describe(self):
        return f"{self.name.lower()} #{self.value}"
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.ROUND, Shape.ROUND is Shape.CIRCLE, list(Shape), Shape.__members__.keys(), Shape.default().describe())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Shape.CIRCLE = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Pri["NOPE"]
except KeyError as e:
    print("KeyError:", e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for pl in Planet:
    print(pl, pl.value, f"{pl.gravity:.3f}")
class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    FIRST = auto(); SECOND = auto()
print(list(Ordinal), Ordinal.SECOND.value)
class RW(IntFlag):
    R = 4; W = 2; X = 1
print(RW.R | RW.W, repr(RW(6)), RW(6) == 6, RW(9), repr(RW(0)), RW.R | 8)
@dataclass
class Node:
    val: int
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = field(default=None, repr=False, compare=False)
    def add(self, v):
        n = Node(v, parent=self); self.children.append(n); return n
root = Node(1); c = root.add(2); c.add(3); root.add(4)
print(root, asdict(Node(5, [Node(6)])))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
print(dataclasses.is_dataclass(root), dataclasses.is_dataclass(Node), repr(Item.__init__.__name__))
@dataclass(eq=False)
class E: x: int = 0
print(E() == E(), E(3))
