# PEP 604 unions: int | str in annotations, isinstance/issubclass, typing's view of them.
import types, typing
u = int | str
print(u, type(u), u.__args__, int | None, None | int, list[int] | None | dict[str, int])
print(int | int, (int | str) | int, int | (str | bytes), u == (str | int), u == (int | str | int), hash(u) == hash(str | int))
print(isinstance(3, u), isinstance(3.0, u), issubclass(bool, int | None), isinstance(None, int | None), types.UnionType)
def f(x: int | None = None, y: list[str] | dict = None) -> str | None:
    return str(x)
print(f.__annotations__, f(3))
print(typing.get_type_hints(f))
class A: pass
class B(A): pass
print(A | B, B | A | None, isinstance(B(), A | int))
for bad in [lambda: int | 3, lambda: 3 | int, lambda: None | None, lambda: int | "str"]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print('TypeError', e)
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 4))
import typing
from typing import Optional, Union, List, get_args, get_origin
print(get_origin(int | str), get_args(int | str), get_args(int | None))
print(Union[int, str] == (int | str), Optional[int] == (int | None))
print(Optional[int] | str, List[int] | None, int | List[int])
T = typing.TypeVar('T')
print(int | T, T | None)
def g(a: "int | None") -> None: ...
print(typing.get_type_hints(g))
import dataclasses
@dataclasses.dataclass
class P:
    x: int | None = None
    y: list[int] | None = None
print(P(), P(1, [2]), dataclasses.fields(P)[0].type)
class Node:
    def link(self, other: "Node", n: "Optional[int]" = None) -> "list[Node]":
        return [self]
    nxt: "Node"
    val: int
print(typing.get_type_hints(Node.link), typing.get_type_hints(Node))
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(List[int]), get_args(Optional[str]))
