# functools.singledispatch and singledispatchmethod: registration by class, annotation (strings, unions), ABCs, the registry, errors
from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping, Iterable
import typing
@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(float)
def _(x):
    return f"float {x:.2f}"
@show.register
def _(x: "str"):
    return f"str {x.upper()}"
@show.register
def _(x: list | tuple):
    return f"seq of {len(x)}: " + ", ".join(show(i) for i in x)
def show_dict(d):
    return "dict " + ", ".join(f"{k}={show(v)}" for k, v in d.items())
show.register(dict, show_dict)
print(show(1), show(True), show(2.5), show("hi"), show([1, "a", 2.0]), show((None,)), show({"a": 1}), show(None))
print(show.dispatch(bool).__name__, show.registry[object].__name__, len(show.registry), show.__name__, sorted(k.__name__ for k in show.registry))
@singledispatch
def kind(x):
    return "other"
@kind.register
def _(x: Sequence):
    return "sequence"
@kind.register
def _(x: Iterable):
    return "iterable"
@kind.register
def _(x: Mapping):
    return "mapping"
print(kind([]), kind("s"), kind({}), kind({1}), kind(3), kind(range(2)))
class Base: pass
class Child(Base): pass
kind.register(Base, lambda x: "base")
print(kind(Child()), kind(Base()))
class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return f"? {arg}"
    @fmt.register
    def _(self, arg: int):
        return f"int {arg}"
    @fmt.register
    def _(self, arg: str):
        return f"str {arg}"
f = Fmt()
print(f.fmt(1), f.fmt("a"), f.fmt(1.5), Fmt.fmt.__name__)
for bad in [lambda: show(), lambda: show.register(1), lambda: show.register("x", lambda y: y)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    @show.register
    def _(x: typing.List[int]): pass
except TypeError as e:
    print(e)
try:
    @show.register
    def _(x: int | typing.List[int]): pass
except TypeError as e:
    print(e)
class P(typing.NamedTuple):
    x: "int"
    y: "typing.Optional[str]" = None
def g(a: "list[int]", b: "P", c: None) -> "int": pass
print(typing.get_type_hints(P), typing.get_type_hints(g))
@show.register
def _(x: typing.Union[bytes, bytearray]):
    return "bytes-like"
print(show(b""), show(bytearray()))
