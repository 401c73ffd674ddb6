# Typing-heavy code at runtime: TypeVar, Generic[T], Protocol (runtime_checkable),
# NamedTuple classes with methods and defaults, TypedDict, Optional/Union printing,
# get_type_hints, cast, Literal, Callable and reprs of parameterised generics.
from typing import (TypeVar, Generic, Protocol, runtime_checkable, NamedTuple, TypedDict,
                    Optional, Union, Literal, Callable, Any, get_type_hints, cast, get_origin,
                    get_args, Iterator, Dict, List, Tuple, ClassVar, Final, overload)
import typing

T = TypeVar("T")
K = TypeVar("K", str, bytes)
N = TypeVar("N", bound=float)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self

    def pop(self) -> T:
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self.items)


@runtime_checkable
class SupportsArea(Protocol):
    def area(self) -> float: ...


class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: str = "p"

    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

    def __str__(self):
        return f"{self.label}({self.x:g}, {self.y:g})"


class Square:
    side: ClassVar[int] = 0

    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Movie(TypedDict, total=False):
    title: str
    year: int


class Rated(Movie):
    stars: Literal[1, 2, 3]


def lookup(d: Dict[str, int], key: str, default: Optional[int] = None) -> Union[int, None]:
    return d.get(key, default)


def apply(f: Callable[[int, int], int], *xs: int) -> List[int]:
    return [f(x, x) for x in xs]


s = Stack[int]()
s.push(1).push(2).push(3)
print(list(s), s.pop(), type(s).__name__, Stack[int], Stack[str].__origin__ is Stack)
try:
    Stack().pop()
except IndexError as e:
    print(e)
print(isinstance(Square(3), SupportsArea), isinstance(3, SupportsArea), Square(3).area())
try:
    isinstance(3, Stack[int])
except TypeError as e:
    print("TypeError:", e)
p = Point(3, 4)
q = Point(0, label="origin")
print(p, q, repr(p), p.dist(q), p._asdict(), p._replace(x=0), Point._fields, Point._field_defaults)
print(p + q, p[0], len(p), p == (3, 4, "p"), isinstance(p, tuple))
x, y, lbl = p
print(x, y, lbl, Point._make([1, 2, "m"]))
try:
    Point()
except TypeError as e:
    print(e)
m: Movie = {"title": "Alien"}
r: Rated = {"title": "Heat", "year": 1995, "stars": 3}
print(m, r, Movie.__total__, sorted(Rated.__annotations__), Movie.__required_keys__, Rated.__optional_keys__ == {"title", "year"})
print(lookup({"a": 1}, "a"), lookup({}, "z", 7), apply(lambda a, b: a * b, 2, 3))
print(get_type_hints(lookup))
print(get_type_hints(apply))
print(get_type_hints(Point), get_type_hints(Square))
print(Optional[int], Union[int, str], Union[int, None], Optional[Union[int, str]])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int], str], Callable[..., Any])
print(Literal["a", 1], list[int], dict[str, tuple[int, str]], int | None, int | str | None)
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(int | str))
print(get_args(Callable[[int, str], bool]), get_origin(Literal[1]), get_args(Literal[1, 2]))
print(cast(int, "not an int"), cast("List[str]", 5), T, K.__constraints__, N.__bound__, T.__name__)
print(Union[int, int], Union[int, Union[str, int]], Optional[None], Union[int] is int)
try:
    Union[()]
except TypeError as e:
    print(e)
try:
    Generic[int]
except TypeError as e:
    print(e)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"), typing.get_overloads(double).__class__.__name__)
MAX: Final = 10
print(__annotations__)
print(typing.TYPE_CHECKING, typing.NewType("UserId", int)(5), typing.NewType("UserId", int))
