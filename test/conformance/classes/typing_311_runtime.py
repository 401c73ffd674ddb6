# typing runtime helpers of 3.11: NewType, Literal, Annotated, Self, overload/get_overloads, final, assert_never, reveal_type
import typing
from typing import NewType, Literal, Annotated, Self, overload, get_overloads, final, assert_never, reveal_type, cast, TypeAlias, Never, LiteralString, Required, NotRequired, TypedDict, Any, ClassVar, Final
UserId = NewType('UserId', int)
print(UserId(5), type(UserId(5)).__name__, UserId.__name__, UserId.__supertype__, repr(UserId), UserId.__module__)
try:
    class Sub(UserId): pass
except TypeError as e: print('TypeError:', e)
Nested = NewType('Nested', UserId)
print(Nested(3), Nested.__supertype__ is UserId, UserId | None)
print(Literal[1, 'a'], Literal[1, 1, 2], Literal[1] == Literal[1], Literal[1, 2] == Literal[2, 1], typing.get_args(Literal['x', 3]))
A = Annotated[int, 'meta', 5]
print(A, A.__metadata__, A.__origin__, typing.get_args(A), Annotated[Annotated[int, 1], 2])
def fn(x: Annotated[int, 'unit']) -> Annotated[str, 'out']: ...
print(typing.get_type_hints(fn), typing.get_type_hints(fn, include_extras=True))
try: Annotated[int]
except TypeError as e: print('TypeError:', e)
class Node:
    def set_next(self, n: Self) -> Self: return self
print(typing.get_type_hints(Node.set_next), repr(Self))
try: Self()
except TypeError as e: print('TypeError:', e)
@overload
def proc(x: int) -> int: ...
@overload
def proc(x: str) -> str: ...
def proc(x): return x
print(proc(1), len(get_overloads(proc)), get_overloads(print))
@overload
def only(x: int) -> int: ...
try: only(1)
except NotImplementedError as e: print('NotImplementedError:', e)
@final
class Fin:
    @final
    def m(self): pass
print(Fin.__final__, Fin.m.__final__)
try: assert_never(5)
except AssertionError as e: print('AssertionError:', e)
r = reveal_type([1, 2])
print(r, cast(int, 'not an int'), cast('str', 1))
Alias: TypeAlias = 'list[int]'
print(repr(Never), repr(LiteralString), repr(Any), repr(ClassVar[int]), repr(Final[int]))
class Movie(TypedDict, total=False):
    title: Required[str]
    year: NotRequired[int]
    rating: float
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
try: isinstance(1, Literal[1])
except TypeError as e: print('TypeError:', e)
try: Literal[1]()
except TypeError as e: print('TypeError:', e)
print(typing.get_origin(Literal[1]), typing.get_origin(Annotated[int, 1]), typing.get_origin(int), typing.get_args(int))
print(typing.is_typeddict(Movie), typing.is_typeddict(dict), typing.TYPE_CHECKING)
T = typing.TypeVar('T', covariant=True)
print(repr(T), T.__covariant__, T.__contravariant__)
try: typing.TypeVar('X', int)
except TypeError as e: print('TypeError:', e)
P = typing.ParamSpec('P')
print(repr(P), repr(P.args), repr(P.kwargs), typing.Callable[P, int], typing.Concatenate[int, P])
Ts = typing.TypeVarTuple('Ts')
print(repr(Ts), typing.Unpack[Ts], tuple[int, *Ts] if False else '')
