# TypeVarTuple substitution in builtin generic aliases (tuple[T, *Ts][...]), generic TypedDict, get_args of callables
from typing import *
T=TypeVar('T'); Ts=TypeVarTuple('Ts')
print(tuple[T, *Ts][int], tuple[*Ts][()], tuple[*Ts][int, str])
print(tuple[T, tuple[*Ts]][int, str, bytes])
print(list[tuple[*Ts]][int, str])
try: tuple[T, *Ts][()]
except TypeError as e: print(e)
print(tuple[T, *Ts].__parameters__)
print(dict[T, tuple[*Ts]][int, str, bytes])
print(tuple[*Ts, T][int, str, bytes])
print(list[T][int], dict[str, T][list[int]])
try: list[T][int, str]
except TypeError as e: print(e)
from typing import *
import typing
T = TypeVar('T')
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')
print(P, P.args, P.kwargs, Ts, Unpack[Ts], P.__name__)
class G(TypedDict, Generic[T]):
    v: T
print(G[int], G.__parameters__)
print(Callable[P, int], Callable[Concatenate[int, P], int])
C = Callable[Concatenate[int, P], T]
print(C[[str, bytes], float], C.__parameters__)
class Z(Generic[P]): pass
print(Z[[int, str]], Z[int, str], Z[...])
class Arr(Generic[*Ts]): pass
print(Arr[int, str], Arr[()], Arr.__parameters__)
class Arr2(Generic[T, *Ts]): pass
print(Arr2[int], Arr2[int, str, bytes])
try:
    Arr2[()]
except TypeError as e: print(e)
print(tuple[int, *Ts], tuple[*Ts][int, str], Tuple[Unpack[Ts]])
def deco(f: Callable[P, T]) -> Callable[P, list[T]]:
    def inner(*args: P.args, **kw: P.kwargs) -> list[T]:
        return [f(*args, **kw)]
    return inner
@deco
def add(a: int, b: int) -> int: return a + b
print(add(1, 2))
print(get_type_hints(deco))
class Sh:
    def clone(self) -> Self: return self
print(get_type_hints(Sh.clone))
print(typing.Generic, typing.Protocol, Generic.__class_getitem__)
try:
    Generic[int]
except TypeError as e: print(e)
try:
    Generic()
except TypeError as e: print(e)
try:
    TypeVar('X', int)
except TypeError as e: print(e)
try:
    TypeVar('X', bound=3)
except TypeError as e: print(e)
try:
    TypeVar('X', int, str, bound=int)
except TypeError as e: print(e)
class Node(Generic[T]):
    child: "Node[T] | None"
print(get_type_hints(Node))
print(typing.get_args(Callable[P, int]), typing.get_args(Concatenate[int, P]))
print(typing.get_origin(Unpack[Ts]), typing.get_args(Unpack[Ts]))
print(int | list[str], type(int | str), (int | str).__args__, list[int] | None)
print(isinstance(3, int | str), issubclass(bool, int | None))
import types
print(types.GenericAlias(list, (int,)), list[int].__origin__, list[int]() , list[int] == list[int])
try:
    list[int][str]
except TypeError as e: print(e)
print(dict[str, T][int], list[T].__parameters__, tuple[T, ...][int])
