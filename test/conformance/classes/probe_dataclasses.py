# dataclasses: field options, __post_init__, frozen, order, slots, kw_only, asdict/astuple/replace, InitVar, inheritance
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, InitVar, fields, KW_ONLY, FrozenInstanceError
from typing import ClassVar, List
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    hidden: str = field(default="h", repr=False, compare=False)
    cv: ClassVar[int] = 9
p = P(1)
print(p, P(1) == P(1, 0), P(1) == P(2), p.cv, [f.name for f in fields(P)], P.__match_args__)
print(asdict(p), astuple(p), replace(p, y=5), P.__dataclass_params__ if False else "")
print(P.__init__.__doc__ if False else "", P.__doc__)
try:
    P()
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class BadMut:
        a: list = []
except ValueError as e:
    print("ValueError", e)
@dataclass(frozen=True)
class F:
    a: int
    b: str = "s"
f = F(1)
try:
    f.a = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del f.a
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(hash(f) == hash(F(1)), {f: 1}[F(1)], replace(f, b="t"))
@dataclass(order=True)
class O:
    a: int
    b: str
print(sorted([O(2, "a"), O(1, "z"), O(1, "b")]), O(1, "a") < O(1, "b"), O(1,"a") >= O(0, "z"))
try:
    O(1, "a") < 5
except TypeError as e:
    print("TypeError", e)
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
print(Post(3), Post(3, 10), [f.name for f in fields(Post)])
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
print(K(a=1))
try:
    K(1)
except TypeError as e:
    print("TypeError", e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(K2(1, b=2), K2.__match_args__)
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Child(Base):
    z: int = 5
    x: int = 10
print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
@dataclass(slots=True)
class Sl:
    a: int
    b: int = 2
s = Sl(1)
print(s, Sl.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError", e)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(hash=False, default=None)
print(hash(UH(1)) == hash(UH(1, [1])))
@dataclass
class Eq:
    a: int
print(Eq.__hash__)
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))
@dataclass
class Nested:
    p: P
    items: List[P] = field(default_factory=list)
    d: dict = field(default_factory=dict)
n = Nested(P(1), [P(2)], {"k": P(3)})
print(asdict(n))
print(astuple(n))
print(dataclasses.is_dataclass(n), dataclasses.is_dataclass(Nested), dataclasses.is_dataclass(1))
try:
    asdict(P)
except TypeError as e:
    print("TypeError", e)
try:
    replace(p, nope=1)
except TypeError as e:
    print("TypeError", e)
try:
    replace(Post(1), b=2)
except ValueError as e:
    print("ValueError", e)
MC = dataclasses.make_dataclass("MC", ["a", ("b", int), ("c", int, field(default=5))], namespace={"m": lambda self: self.a})
print(MC(1, 2), MC(1, 2).m(), MC.__module__ if False else "")
fld = fields(P)[0]
print(fld.name, fld.type, fld.default is dataclasses.MISSING, type(dataclasses.MISSING).__name__)
@dataclass
class Defaults:
    a: int = field(default=1, metadata={"unit": "m"})
print(fields(Defaults)[0].metadata["unit"], type(fields(Defaults)[0].metadata).__name__)
@dataclass(match_args=False)
class NM:
    a: int
print(hasattr(NM, "__match_args__"))
@dataclass
class WithProp:
    _v: int = 0
    @property
    def v(self): return self._v
print(WithProp(3).v, WithProp())
@dataclass(frozen=True)
class FrozenPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, "b", self.a + 1)
print(FrozenPost(1))
try:
    @dataclass
    class Inh(F):
        c: int = 0
except TypeError as e:
    print("TypeError", e)
@dataclass
class Rec:
    a: "Rec" = None
r = Rec(); r.a = r
print(repr(r))
print(inspect_sig := str(__import__("inspect").signature(P)))
