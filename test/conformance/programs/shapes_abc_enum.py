# enum, typing annotations, abc abstract classes, dunder methods and total_ordering
from __future__ import annotations
import abc
import enum
import functools
import math
from typing import ClassVar, Iterable, Iterator, Protocol, TypeVar, Generic, Optional, Union, NamedTuple, get_type_hints


class Unit(enum.Enum):
    MM = ("millimetre", 0.001)
    CM = ("centimetre", 0.01)
    M = ("metre", 1.0)

    def __init__(self, label, factor):
        self.label = label
        self.factor = factor

    def convert(self, value: float, to: "Unit") -> float:
        return value * self.factor / to.factor


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W


class Level(enum.IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


class Status(str, enum.Enum):
    OPEN = "open"
    CLOSED = "closed"


@functools.total_ordering
class Shape(abc.ABC):
    count: ClassVar[int] = 0

    def __init__(self, name: str) -> None:
        self.name = name
        Shape.count += 1

    @property
    @abc.abstractmethod
    def area(self) -> float: ...

    @abc.abstractmethod
    def perimeter(self) -> float:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area, other.area)

    def __lt__(self, other: Shape) -> bool:
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area < other.area

    def __hash__(self) -> int:
        return hash(round(self.area, 6))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r}, area={self.area:.2f})"


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__(f"circle r={r}")
        self.r = r

    @property
    def area(self) -> float:
        return math.pi * self.r ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__(f"rect {w}x{h}")
        self.w, self.h = w, h

    @property
    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)
        self.name = f"square {side}"


class Broken(Shape):
    def perimeter(self):
        return 0


T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[str, T] = {}

    def add(self, key: str, item: T) -> None:
        self._items[key] = item

    def get(self, key: str, default: Optional[T] = None) -> Optional[T]:
        return self._items.get(key, default)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())


class HasArea(Protocol):
    @property
    def area(self) -> float: ...


class Dim(NamedTuple):
    w: float
    h: float = 1.0

    def scaled(self, k: float) -> "Dim":
        return self._replace(w=self.w * k, h=self.h * k)


def total_area(shapes: Iterable[HasArea]) -> float:
    return sum(s.area for s in shapes)


shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5), Rect(4, 1), Square(1.7724538509055159)]
for s in sorted(shapes):
    print(f"{s!r:<40} perimeter={s.perimeter():7.3f}")
print(Shape.count, max(shapes), min(shapes, key=lambda s: s.perimeter()))
print(Square(2) == Rect(1, 4), Square(2) <= Rect(1, 4), Circle(1) > Square(1), Circle(1) == Square(1.7724538509055159))
print(len({Square(2), Rect(4, 1), Rect(1, 4)}))
try:
    Broken("b")
except TypeError as e:
    print("TypeError:", e)
try:
    Shape("s")
except TypeError as e:
    print("TypeError:", e)
print(Circle(1) == 3, Circle(1).__eq__(3))
try:
    Circle(1) < 3
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Square(1), Shape), issubclass(Square, abc.ABC), Shape.__abstractmethods__ == frozenset({"area", "perimeter"}))

print(Unit.CM.convert(250, Unit.M), Unit.MM.label, Unit("metre", 1.0) if False else Unit.M, Unit["CM"])
print(list(Unit), Unit.M.value, [u.name for u in Unit])
p = Perm.R | Perm.X
print(p, repr(p), Perm.W in p, Perm.RW, list(Perm), Perm(7), ~Perm.R, bool(Perm(0)), p.value)
print(Level.MID > 3, Level(10), Level.LOW + 1, sorted([Level.HIGH, Level.LOW]), f"{Level.MID}", str(Level.MID), repr(Level.MID))
print(Status.OPEN == "open", Status("closed"), f"{Status.OPEN}", Status.OPEN.value, str(Status.CLOSED), repr(Status.OPEN))
try:
    Level(3)
except ValueError as e:
    print("ValueError:", e)
print(Level.__members__.keys(), Unit.__members__["M"] is Unit.M)


@enum.unique
class Dir(enum.Enum):
    N = enum.auto()
    E = enum.auto()
    S = enum.auto()
    W = enum.auto()

    @property
    def opposite(self):
        return Dir((self.value + 1) % 4 + 1)

    @classmethod
    def parse(cls, s):
        return cls[s.upper()]


print([(d.name, d.opposite.name) for d in Dir], Dir.parse("s"))
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
reg: Registry[Shape] = Registry()
reg.add("c", Circle(2))
reg.add("r", Rect(1, 1))
print(list(reg), reg.get("zz"), reg.get("c"))
print(round(total_area(reg), 4))
d = Dim(3)
print(d, d.scaled(2), d._asdict(), Dim._fields, Dim._field_defaults, d.w)
print(get_type_hints(total_area), Circle.__init__.__annotations__, Registry.__parameters__)
print(Optional[int], Union[int, str], list[int], dict[str, list[int]], Union[int, None] == Optional[int])
