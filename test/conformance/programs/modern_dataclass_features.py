# dataclasses: order, frozen, slots, kw_only, default_factory, InitVar, __post_init__, replace, asdict
from dataclasses import (dataclass, field, InitVar, KW_ONLY, asdict, astuple, replace, fields,
                         FrozenInstanceError, is_dataclass, make_dataclass)
from typing import ClassVar, Optional
import dataclasses


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False, repr=False)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}{'-' + self.label if self.label else ''}"


vs = [Version(1, 2), Version(1, 0, 5, "rc1"), Version(0, 9), Version(1, 2, 0, "b")]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)])
print(Version(1, 2) == Version(1, 2, 0, "x"), Version(1) < Version(1, 0, 1), max(vs))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float = 0.0

    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


p = Point(3, 4)
print(p, p.dist(Point(0)), hash(p) == hash(Point(3, 4)), {p: 1}[Point(3, 4)])
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(Point.__slots__, hasattr(p, "__dict__"), replace(p, y=-1))
try:
    p.z = 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


@dataclass
class Inventory:
    owner: str
    items: dict[str, int] = field(default_factory=dict)
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0
    _: KW_ONLY
    limit: int = 10
    note: Optional[str] = None

    def __post_init__(self):
        Inventory.count += 1
        if self.limit < 0:
            raise ValueError("limit must be >= 0")

    def add(self, name, n=1):
        if sum(self.items.values()) + n > self.limit:
            raise OverflowError(f"inventory of {self.owner} full")
        self.items[name] = self.items.get(name, 0) + n


a = Inventory("ann")
b = Inventory("bob", limit=3, note="small")
a.add("sword")
a.add("potion", 4)
b.add("gem", 3)
print(a, b, sep="\n")
print(Inventory.count, a.items is not b.items)
try:
    b.add("x")
except OverflowError as e:
    print("OverflowError:", e)
try:
    Inventory("c", {}, [], 5)
except TypeError as e:
    print("TypeError:", e)
try:
    Inventory("c", limit=-1)
except ValueError as e:
    print("ValueError:", e)
print(asdict(a), astuple(b))
print([(f.name, f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type)), f.kw_only) for f in fields(Inventory)])


@dataclass
class Account:
    name: str
    password: InitVar[str]
    hashed: str = field(init=False)
    salt: InitVar[str] = "s"

    def __post_init__(self, password, salt):
        self.hashed = f"{salt}:{password[::-1]}"


acc = Account("joe", "secret")
print(acc, acc.hashed, Account("x", "pw", "pepper").hashed)
print([f.name for f in fields(acc)], "password" in Account.__dataclass_fields__)


@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8000
    debug: bool = False


print(Config(port=1), Config())
try:
    Config("h")
except TypeError as e:
    print("TypeError:", e)

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
        items: list = []
except ValueError as e:
    print("ValueError:", e)


@dataclass(eq=False)
class Node:
    value: int
    children: list["Node"] = field(default_factory=list)


n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(Node(1) == Node(1), is_dataclass(n), is_dataclass(Node), is_dataclass(1))
C = make_dataclass("C", [("a", int), ("b", str, field(default="z"))], namespace={"double": lambda self: self.a * 2})
c = C(2)
print(c, c.double(), C.__name__)
print(Version.__match_args__, Point.__match_args__, Config.__match_args__)
match Version(2, 1):
    case Version(2, minor) if minor > 0:
        print("v2 with minor", minor)
    case _:
        print("other")


@dataclass(unsafe_hash=True)
class Key:
    k: str
    extra: list = field(default_factory=list, hash=False, compare=False)


print(hash(Key("a")) == hash(Key("a", [1])), Key("a") == Key("a", [2]))
print(type(dataclasses.MISSING).__name__, fields(Point)[1].default, fields(Inventory)[1].default_factory)
print(Version.__eq__.__qualname__, Version.__lt__.__qualname__ if hasattr(Version.__lt__, "__qualname__") else "")
