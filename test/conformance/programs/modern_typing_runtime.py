# typing at runtime: Protocol, Generic, TypeVar, Optional, |, TypedDict, NamedTuple, Literal, overload
from __future__ import annotations
import typing
from typing import (Protocol, Generic, TypeVar, Optional, Union, TypedDict, NamedTuple, Literal,
                    Callable, overload, runtime_checkable, get_type_hints, get_args, get_origin,
                    Iterator, Sequence, Any, ClassVar, Final)
import inspect

T = TypeVar("T")
K = TypeVar("K", bound="Comparable")
N = TypeVar("N", int, float)


@runtime_checkable
class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...


class SupportsClose(Protocol):
    def close(self) -> None: ...


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items})"


class Pair(Generic[K, T]):
    def __init__(self, key: K, value: T):
        self.key, self.value = key, value


class Movie(TypedDict):
    title: str
    year: int


class MovieX(Movie, total=False):
    rating: float


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 1000.0

    def raise_(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))


Mode = Literal["r", "w"]


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


def apply(f: Callable[[int], int], xs: Sequence[int], *, default: Optional[int] = None) -> list[int] | None:
    return [f(x) for x in xs] or ([default] if default is not None else None)


def open_mode(m: Mode = "r") -> str:
    if m not in get_args(Mode):
        raise ValueError(f"mode must be one of {get_args(Mode)}")
    return m


s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s, list(s), s.pop(), Stack[int], Stack[str]().__orig_class__ if hasattr(Stack[str](), "__orig_class__") else None)
print(Pair[str, int], Pair.__parameters__, Stack.__parameters__, T, K.__bound__, N.__constraints__)
print(isinstance(3, Comparable), isinstance(object(), Comparable), isinstance("a", Comparable))
try:
    isinstance(open, SupportsClose)
except TypeError as e:
    print("TypeError:", e)
m: Movie = {"title": "Up", "year": 2009}
print(m, Movie.__required_keys__, MovieX.__optional_keys__, MovieX.__total__, type(m))
print(Movie(title="x", year=1), Movie.__annotations__)
e = Employee("ann")
print(e, e.raise_(10), e._fields, e._field_defaults, Employee._make(["bob", "ops", 5]), e._asdict())
print(e[0], e.dept, len(e), tuple(e), e == ("ann", "eng", 1000.0))
print(double(4), double("ab"), open_mode(), apply(lambda x: x + 1, [1, 2]), apply(abs, [], default=0), apply(abs, []))
try:
    open_mode("x")
except ValueError as err:
    print(err)
print(apply.__annotations__)
print(get_type_hints(apply))
print(inspect.signature(apply))
print(get_type_hints(Employee), get_type_hints(Movie))
print(get_origin(list[int]), get_origin(Optional[int]), get_args(dict[str, list[int]]), get_args(int | str))
print(get_origin(Callable[[int], str]), get_args(Callable[[int], str]), get_origin(Literal[1]), get_origin(int))
print(Optional[int], Union[int, None] == Optional[int], int | None, (int | str) == Union[int, str])
print(Callable[..., int], Callable[[int, str], None], typing.Dict[str, typing.List[int]], Union[int])
print(typing.Tuple[int, ...], tuple[int, str], list[tuple[int, ...]], type[int], Literal["a", 1])
print(repr(Any), ClassVar[int], Final[str], typing.Iterable[T], typing.Mapping[str, T][int])
try:
    Stack[int, str]
except TypeError as err:
    print("TypeError:", err)
try:
    Generic[T]()
except TypeError as err:
    print("TypeError:", err)
try:
    Union[()]
except TypeError as err:
    print("TypeError:", err)


class Box(Generic[T]):
    content: T
    limit: ClassVar[int] = 3


print(Box.__annotations__, get_type_hints(Box))
print(typing.cast(int, "not an int"), typing.TYPE_CHECKING, typing.NewType("UserId", int)(5))
UserId = typing.NewType("UserId", int)
print(UserId, UserId.__supertype__, UserId.__name__)
print([f.__qualname__ for f in typing.get_overloads(double)])
print([f.__name__ for f in [double]], double.__annotations__)
