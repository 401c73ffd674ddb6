# inspect.get_annotations (eval_str), postponed annotations with dataclasses and get_type_hints, types.UnionType
from __future__ import annotations
import inspect, typing, dataclasses
def f(a: int, b: list[str] = None) -> dict[str, int | None]: ...
print(f.__annotations__)
print(inspect.get_annotations(f))
print(inspect.get_annotations(f, eval_str=True))
class C:
    x: int
    y: "C | None"
print(inspect.get_annotations(C, eval_str=True), inspect.get_annotations(C))
print(typing.get_type_hints(C))
@dataclasses.dataclass
class D:
    a: int
    b: list[int] = dataclasses.field(default_factory=list)
    c: typing.ClassVar[int] = 3
print([ (f.name, f.type) for f in dataclasses.fields(D)], D(1))
print(inspect.signature(f), inspect.signature(f, eval_str=True))
try: inspect.get_annotations(3)
except TypeError as e: print(e)
import types
m = types.ModuleType('m'); m.__annotations__ = {'q': 'int'}
print(inspect.get_annotations(m, eval_str=True))
def g(x: undefined_name): ...
try: inspect.get_annotations(g, eval_str=True)
except NameError as e: print("NameError", e)
print(inspect.get_annotations(g, eval_str=True, globals={'undefined_name': float}))
u = int | str
print(type(u), u.__args__, u | None, u == (str | int), hash(u) == hash(str | int), isinstance(1, u), typing.get_origin(u) is types.UnionType)
try: int | 3
except TypeError as e: print(e)
print(int | "str" if False else '', list[int] | None, (int | None).__parameters__)
T = typing.TypeVar('T')
print((list[T] | None)[int], (int | T)[str])
