from __future__ import annotations
# inspect.signature(..., eval_str=True/globals/locals) evaluates string annotations (functions, methods, classes, wrapped, partial)
import inspect, functools
def f(a: int, *args: str, k: "list[int]" = 1, **kw: float) -> dict[str, int]: ...
print(inspect.signature(f), inspect.signature(f, eval_str=True))
class C:
    def m(self, x: C) -> None: ...
    def __init__(self, y: int): ...
print(inspect.signature(C.m, eval_str=True), inspect.signature(C(1).m, eval_str=True), inspect.signature(C, eval_str=True))
@functools.wraps(f)
def w(*a, **k): ...
print(inspect.signature(w, eval_str=True), inspect.signature(functools.partial(f, 1), eval_str=True))
def g(x: Missing): ...
try: inspect.signature(g, eval_str=True)
except NameError as e: print("NameError", e)
print(inspect.signature(g, eval_str=True, globals={'Missing': bytes}), inspect.signature(g, locals={'Missing': 1}))
print(inspect.Signature.from_callable(f, eval_str=True))
