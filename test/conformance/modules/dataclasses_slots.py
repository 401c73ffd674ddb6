# dataclass(slots=True): a new class with __slots__ for the fields, defaults in __init__, frozen state for pickling
from dataclasses import dataclass, field, fields, FrozenInstanceError
@dataclass(slots=True)
class P:
    x: int
    y: int = 5
    tags: list = field(default_factory=list)
p = P(1)
print(p, P.__slots__, hasattr(p, '__dict__'), P.__qualname__, P.__dataclass_class__ is P if hasattr(P, '__dataclass_class__') else True)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(P.y if not isinstance(P.__dict__.get('y'), int) else 'class attr', [f.name for f in fields(P)])
@dataclass(frozen=True, slots=True)
class F:
    a: int
    b: str = "b"
f = F(2)
try:
    f.a = 3
except FrozenInstanceError as e:
    print("frozen", e)
print(f, hash(f) == hash(F(2)), f.__getstate__(), F.__slots__)
g = F.__new__(F)
g.__setstate__([7, "q"])
print(g)
@dataclass(slots=True)
class Child(P):
    w: int = 0
print(Child.__slots__, Child(1, 2, [], 3))
@dataclass(slots=True, weakref_slot=True)
class W:
    v: int
print(W.__slots__)
for bad in [dict(weakref_slot=True)]:
    try:
        dataclass(**bad)(type("X", (), {"__annotations__": {"a": int}}))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    @dataclass(slots=True)
    class S:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print(type(e).__name__, e)
