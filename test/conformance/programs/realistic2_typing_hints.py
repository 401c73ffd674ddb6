# Typing annotations at runtime: Optional, Union, generics, TypedDict, NamedTuple, Protocol, get_type_hints
from typing import (Optional, Union, List, Dict, Tuple, Set, Callable, TypeVar, Generic, Any,
                    TypedDict, NamedTuple, Protocol, runtime_checkable, get_type_hints, get_origin,
                    get_args, Iterable, Iterator, Sequence, Mapping, Literal, Final, ClassVar, cast,
                    overload, TYPE_CHECKING, NewType, Type)
import typing

T = TypeVar("T")
K = TypeVar("K", str, int)
N = TypeVar("N", bound=float)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
    def __repr__(self) -> str:
        return f"Stack({self.items!r})"

s: Stack[int] = Stack[int]()
s.push(1); s.push(2)
print(s, s.pop(), Stack[int], Stack.__parameters__)
print(Stack[str]().__orig_class__ if hasattr(Stack[str](), "__orig_class__") else "none")

class Movie(TypedDict):
    title: str
    year: int

class Movie2(Movie, total=False):
    rating: float

m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m).__name__, Movie.__required_keys__ == frozenset({"title", "year"}))
print(sorted(Movie2.__optional_keys__), Movie2.__total__)
print(get_type_hints(Movie2))

class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: Optional[str] = None
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p, p.dist(), p._fields, p._field_defaults, Point.__annotations__)
print(p._replace(label="P"), p._asdict())
try:
    Point()
except TypeError as e:
    print("TypeError:", e)

@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...

class Resource:
    def close(self) -> None:
        print("closed")

class Other: pass

print(isinstance(Resource(), SupportsClose), isinstance(Other(), SupportsClose))

class NotRuntime(Protocol):
    def go(self) -> int: ...
try:
    isinstance(Resource(), NotRuntime)
except TypeError as e:
    print("TypeError:", e)

UserId = NewType("UserId", int)
print(UserId(5), UserId, type(UserId(5)).__name__)

def process(items: List[int], mapping: Dict[str, Tuple[int, ...]], cb: Optional[Callable[[int], str]] = None,
            mode: Literal["a", "b"] = "a") -> Union[int, str, None]:
    return None

hints = get_type_hints(process)
for k, v in hints.items():
    print(k, v, get_origin(v), get_args(v))
print(process.__annotations__["return"])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Union[int] is int)
print(repr(Optional[List[int]]), repr(Dict[str, Any]), repr(Callable[..., int]), repr(Tuple[()]))
print(List[int] == list[int], get_origin(list[int]), get_args(dict[str, int]))
print(int | str, (int | None) == Optional[int], type(int | str).__name__)
print(isinstance(3, int | str), issubclass(bool, int | float))

class Config:
    name: str
    retries: int = 3
    debug: ClassVar[bool] = False
    MAX: Final = 10
    parent: "Optional[Config]" = None

print(get_type_hints(Config))
print(Config.__annotations__)

def ident(x: K) -> K:
    return x
print(ident.__annotations__, K.__constraints__, N.__bound__, T.__name__)
print(cast(int, "not really"), cast("List[int]", 5))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"), TYPE_CHECKING)

def make(cls: Type[T]) -> T:
    return cls()
print(make(list), typing.get_origin(Type[int]))
try:
    Union[3]
except TypeError as e:
    print("TypeError:", e)
try:
    List[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)
def annotated(a: "int", b: "undefined_name") -> None: ...
try:
    get_type_hints(annotated)
except NameError as e:
    print("NameError:", e)
