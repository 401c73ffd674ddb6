# PEP 604 unions: int | None in annotations, types.UnionType's repr, equality, isinstance and errors
import types
import typing

def f(x: int | None = None, *, names: list[str] | None = None) -> dict[str, int] | None:
    return None if x is None else {"x": x}

print(f(), f(3), f.__annotations__)
U = int | str
print(U, type(U), type(U) is types.UnionType, U.__args__, U.__parameters__)
print(int | None, None | int, (int | None).__args__, int | int, list[int] | list[int])
print(int | str | float, (int | str) | (float | int), int | list[int] | dict[str, int])
class Node:
    pass
print(Node | None, Node | list[Node])
print(U == (str | int), U == (int | float), U != (int | str), hash(U) == hash(str | int))
print(U == typing.Union[int, str], typing.Union[int, str] == U, typing.Optional[int | str])
print(typing.List[int | None], typing.get_args(U), typing.get_origin(U) is types.UnionType)
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]))
print(isinstance(3, U), isinstance("s", U), isinstance(3.0, U), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str), isinstance(1, int | list[int]))
print(int | typing.List[int], typing.Optional[int] | str)
T = typing.TypeVar("T")
print((T | None).__parameters__, (list[int] | T)[str])
for expr in ["int | 3", "3 | int", "None | None", "U | 'str'", "list[int] | 3",
             "isinstance(1, list[int] | str)", "issubclass(int, list[int] | int)",
             "issubclass(1, U)", "isinstance([], list[int])", "U()", "U[int]", "types.UnionType()",
             "U.__origin__", "(T | int)[str, float]"]:
    try:
        print(expr, "->", eval(expr))
    except (TypeError, AttributeError) as e:
        print(expr, "->", type(e).__name__, e)
