# typing.NamedTuple and TypedDict at runtime, collections.namedtuple
import typing, collections
from typing import NamedTuple, TypedDict, Optional
class Pt(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None
    def norm(self): return abs(self.x) + abs(self.y)
p = Pt(1, -2)
print(p, p.norm(), p._fields, p._field_defaults, Pt.__annotations__, p._asdict(), p._replace(x=5), Pt._make([3, 4, "z"]))
print(isinstance(p, tuple), type(p).__mro__[1].__name__, p[0], p == (1, -2, None), len(p), Pt.__doc__)
try:
    Pt()
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(NamedTuple):
        _a: int
except ValueError as e:
    print("ValueError", e)
Fn = NamedTuple("Fn", [("a", int), ("b", str)])
print(Fn(1, "x"), Fn.__annotations__ if False else "", Fn._fields)
class Sub(Pt):
    def extra(self): return "extra"
print(Sub(1, 2), Sub(1, 2).extra(), Sub._fields)
N = collections.namedtuple("N", "a b c", defaults=[3])
print(N(1, 2), N._field_defaults, N(1, 2, c=4), N.__new__.__defaults__ if False else "")
try:
    collections.namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError", e)
try:
    collections.namedtuple("Bad", "a def")
except ValueError as e:
    print("ValueError", e)
R = collections.namedtuple("R", "a def _x", rename=True)
print(R._fields)
try:
    N(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    N(1, d=2)
except TypeError as e:
    print("TypeError", e)
print(N._make(range(3)), N(1, 2)._asdict(), type(N(1,2)._asdict()).__name__, repr(N.a), N.a.__doc__)
a, b, c = N(7, 8)
print(a, b, c, *N(1, 2))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1)
print(m, type(m).__name__, Movie.__required_keys__ == frozenset({"name", "year"}), Movie.__total__, sorted(Movie.__annotations__))
class Partial(TypedDict, total=False):
    a: int
print(Partial(), Partial.__optional_keys__, Partial.__total__)
class Ext(Movie, total=False):
    extra: str
print(sorted(Ext.__required_keys__), sorted(Ext.__optional_keys__), Ext(name="n", year=2, extra="e"))
try:
    isinstance({}, Movie)
except TypeError as e:
    print("TypeError", e)
TD = TypedDict("TD", {"a": int, "b-c": str})
print(TD(a=1), sorted(TD.__annotations__))
from typing import NotRequired, Required
class NR(TypedDict):
    a: int
    b: NotRequired[int]
print(sorted(NR.__required_keys__), sorted(NR.__optional_keys__))
print(typing.get_type_hints(Pt), typing.get_type_hints(Movie))
print(typing.is_typeddict(Movie), typing.is_typeddict(dict))
T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int](3).v, Box[int], Box.__parameters__, typing.get_args(Box[int]), typing.get_origin(Box[int]) is Box)
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.Optional[int], typing.Union[int, str], int | str, list[int] == typing.List[int])
class P2(typing.Protocol):
    def meth(self) -> int: ...
@typing.runtime_checkable
class P3(typing.Protocol):
    def meth(self) -> int: ...
class Impl:
    def meth(self): return 1
print(isinstance(Impl(), P3), isinstance(1, P3))
try:
    isinstance(Impl(), P2)
except TypeError as e:
    print("TypeError", e)
try:
    P2()
except TypeError as e:
    print("TypeError", e)
