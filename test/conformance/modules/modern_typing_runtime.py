# typing at run time: Annotated as a class (get_origin, nesting flattens), final's __final__, dataclass_transform's record, NewType as a base, TypedDict bases
from typing import *
import typing
print(repr(typing.Annotated), type(typing.Annotated))
try: typing.Annotated()
except Exception as e: print(type(e).__name__, e)
try: typing.Annotated[int]
except Exception as e: print(type(e).__name__, e)
try:
    class X(typing.Annotated): pass
except Exception as e: print(type(e).__name__, e)
A = typing.Annotated[int, "meta"]
print(A, A.__metadata__, A.__origin__, typing.Annotated[A, "more"], typing.Annotated[list[int], 1][0] if False else 0)
print(typing.get_origin(A) is typing.Annotated)
class Movie(TypedDict):
    title: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
class Mixed(Movie, Partial):
    extra: Required[int]
    maybe: NotRequired[str]
print(Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__)
print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__), Partial.__total__)
m = Movie(title="x", year=1)
print(m, type(m), Movie.__annotations__)
print(Mixed.__annotations__)
Alt = TypedDict('Alt', {'a': int, 'b-c': str}, total=False)
print(Alt.__optional_keys__ == {'a', 'b-c'}, Alt(a=1))
try:
    isinstance({}, Movie)
except TypeError as e: print(e)
try:
    class Bad(TypedDict, int): pass
except TypeError as e: print(e)
print(typing.is_typeddict(Movie), typing.is_typeddict(dict))
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp("a"), Emp._fields, Emp._field_defaults, Emp.__annotations__)
class GNT(NamedTuple, Generic[TypeVar('T')]):
    x: int
print(GNT(1))
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: str
except TypeError as e: print(e)
try:
    class BadNT2(NamedTuple, int): pass
except TypeError as e: print(e)
UserId = NewType('UserId', int)
print(UserId, UserId(5), type(UserId(5)), UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId): pass
except TypeError as e: print(e)
print(cast(int, "x"), cast("List[int]", 3))
def f(x: int, y: "str" = "a", *a: float, z: Annotated[int, "m"] = 0, **k: bool) -> Optional[int]: ...
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))
class C:
    a: int
    b: "List[C]"
    c: ClassVar[int] = 3
    d: Final = 4
print(get_type_hints(C))
try:
    def bad(x: "1 +"): pass
    get_type_hints(bad)
except SyntaxError as e: print("SyntaxError", e)
try:
    def bad2(x: "Undefined"): pass
    get_type_hints(bad2)
except NameError as e: print("NameError", e)
print(typing.ForwardRef("int"), typing.ForwardRef("x").__forward_arg__)
@overload
def ov(x: int) -> int: ...
@overload
def ov(x: str) -> str: ...
def ov(x): return x
print(ov(3), [o.__name__ for o in typing.get_overloads(ov)])
try:
    @overload
    def only(x: int) -> int: ...
    only(1)
except NotImplementedError as e: print("NIE", e)
print(assert_type(3, int))
try:
    assert_never(3)
except AssertionError as e: print("AE", e)
@final
class Fin: pass
print(Fin.__final__)
@dataclass_transform(kw_only_default=True)
def deco(cls): return cls
print(deco.__dataclass_transform__)
print(typing.no_type_check(f) is f, f.__no_type_check__)
print(TYPE_CHECKING, typing.Text, typing.AnyStr)
