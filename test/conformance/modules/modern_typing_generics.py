# typing: TypeVar/Generic reprs and errors, typing aliases, get_origin/get_args, Literal, Annotated, runtime_checkable isinstance
from typing import *
import typing
T = TypeVar('T')
K = TypeVar('K', bound=int)
V = TypeVar('V', str, bytes)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, K, V, Co, Contra, T.__name__, K.__bound__, V.__constraints__, Co.__covariant__)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box[int].__origin__, Box[int].__args__, Box.__parameters__)
print(Box[int](3).v, type(Box[int](3)))
class Pair(Generic[K, V]): pass
print(Pair[int, str], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e: print(e)
try:
    Generic[T, T]
except TypeError as e: print(e)
try:
    Box[int][str]
except TypeError as e: print(e)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str])
print(list[int], dict[str, list[int]], int | None, int | str | None, tuple[int, ...], tuple[()])
print(Callable[[int, str], bool], Callable[..., int], typing.Callable)
print(Tuple[int, ...], Tuple[()], Type[int], type[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(int | str))
print(get_origin(Callable[[int], str]), get_args(Callable[[int], str]), get_args(Callable[..., str]))
print(get_origin(Annotated[int, "m"]), get_args(Annotated[int, "m", 3]))
print(get_origin(Literal[1, 2]), get_args(Literal[1, 2]), Literal[1, "a", True, None])
print(Union[int, int], Union[int], Optional[Optional[int]], Union[int, Union[str, float]])
print(Literal[1, 1, 2] == Literal[1, 2], Literal[1] == Literal[True])
print(Final[int], ClassVar[int], Annotated[List[int], "x"])
print(Any, NoReturn, Never, Self, LiteralString, typing.TypeAlias)
class Proto(Protocol):
    def meth(self) -> int: ...
@runtime_checkable
class RP(Protocol):
    x: int
    def meth(self) -> int: ...
class Impl:
    x = 1
    def meth(self): return 1
class NotImpl:
    def meth(self): return 1
print(isinstance(Impl(), RP), isinstance(NotImpl(), RP))
try:
    isinstance(Impl(), Proto)
except TypeError as e: print(e)
try:
    issubclass(Impl, RP)
except TypeError as e: print(e)
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
print(issubclass(Impl, Closable), isinstance(open, Closable), issubclass(type(open('/dev/null')), Closable))
try:
    Proto()
except TypeError as e: print(e)
print(isinstance([], typing.Iterable), issubclass(list, typing.Sequence), isinstance(3, typing.SupportsInt))
try:
    isinstance([], List[int])
except TypeError as e: print(e)
try:
    isinstance(1, Union[int, str])
    print("union ok", isinstance(1, int | str))
except TypeError as e: print(e)
