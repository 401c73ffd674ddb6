# typing: forward references become ForwardRef in NamedTuple/TypedDict annotations, and get_type_hints evaluates them also nested (List['X'], list['X'], "'X'") and strips Annotated/Required
from __future__ import annotations
from typing import (NamedTuple, TypedDict, List, Dict, Optional, ForwardRef, Annotated,
                    Required, NotRequired, get_type_hints)

class Emp(NamedTuple):
    name: str
    boss: Optional[Emp] = None

class A(NamedTuple):
    x: "int"
    y: None
    z: List["A"]

class TD(TypedDict, total=False):
    a: Required[int]
    b: NotRequired["Annotated[int, 'meta']"]
    c: Annotated[List["int"], "x"]

print(Emp.__annotations__)
print(A.__annotations__)
print(TD.__annotations__)
print(get_type_hints(Emp))
print(get_type_hints(A))
print(get_type_hints(TD))
print(get_type_hints(TD, include_extras=True))

def f(a: "int", b: List["int"], c: list["A"], d: Dict[str, "Optional[int]"] = None) -> None: pass
print(get_type_hints(f))

print(NamedTuple("B", [("p", "int"), ("q", None)]).__annotations__)
print(TypedDict("C", {"p": "int"}).__annotations__)
fr = ForwardRef("int")
print(fr, ForwardRef("x", module="m"), fr == ForwardRef("int"), fr == ForwardRef("int", module="m"))
print(fr.__forward_evaluated__, fr._evaluate(globals(), None, frozenset()), fr.__forward_value__)
try:
    ForwardRef("1 +")
except SyntaxError as e:
    print(type(e).__name__, e)

def g(a: "Undefined") -> None: pass
def h(a: List["Missing"]) -> None: pass
for fn in (g, h):
    try:
        get_type_hints(fn)
    except NameError as e:
        print(type(e).__name__, e)
