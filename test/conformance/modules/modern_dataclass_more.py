# dataclasses: slots with super(), pickling slots, frozen, eq/hash options, asdict/astuple nesting, replace/fields errors, InitVar, KW_ONLY across inheritance
from dataclasses import dataclass, field, fields, asdict
import dataclasses
@dataclass
class Base:
    a: int = 1
    def hello(self): return "base hello"
@dataclass(slots=True)
class S(Base):
    b: int = 2
    def hello(self): return "S " + super().hello()
try:
    print(S().hello())
except TypeError as e: print("TypeError", e)
print(S.__slots__, S().__class__ is S, S.__qualname__)
@dataclass(slots=True)
class S2:
    x: int
    y: list = field(default_factory=list)
    def __getstate__(self): return 'custom'
s = S2(1)
import pickle
try: print(pickle.loads(pickle.dumps(S2(1))))
except Exception as e: print(type(e).__name__, e)
@dataclass(frozen=True)
class Fr:
    x: int
    def __post_init__(self):
        object.__setattr__(self, 'x', self.x * 2)
print(Fr(2))
try:
    del Fr(1).x
except dataclasses.FrozenInstanceError as e: print(e)
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class UH:
    x: int
    y: list = field(hash=False, default=None)
print(hash(UH(1)) == hash(UH(1)), UH.__hash__ is not None)
@dataclass
class WithHash:
    x: int
print(WithHash.__hash__)
try:
    @dataclass(order=True, eq=False)
    class Bad: pass
except ValueError as e: print(e)
try:
    @dataclass(frozen=True)
    class FB(Base): pass
except TypeError as e: print(e)
@dataclass
class Rec:
    children: list = field(default_factory=list)
    name: str = "r"
r = Rec([Rec(name="c1"), Rec(name="c2")], "root")
print(asdict(r))
print(dataclasses.astuple(r))
print(repr(Rec()), Rec() == Rec())
@dataclass(repr=False)
class NoRepr:
    x: int = 0
print(type(repr(NoRepr())).__name__)
@dataclass
class Rec2:
    x: "Rec2 | None" = None
r2 = Rec2(); r2.x = r2
print(repr(r2))
@dataclass
class Desc:
    class D:
        def __set_name__(self, owner, name): self.name = '_' + name
        def __get__(self, obj, typ=None): return 99 if obj is None else getattr(obj, self.name, 7)
        def __set__(self, obj, val): setattr(obj, self.name, val)
    v: int = D()
print(Desc(), Desc(5))
print(dataclasses.replace(Rec(), name="z"))
try: dataclasses.replace(1)
except TypeError as e: print(e)
@dataclass
class IV:
    a: dataclasses.InitVar[int]
    b: int = field(init=False, default=0)
try: dataclasses.replace(IV(1), b=2)
except ValueError as e: print(e)
try: dataclasses.replace(IV(1))
except ValueError as e: print(e)
print(dataclasses.fields(IV), dataclasses.InitVar[int]) if False else print([f.name for f in fields(IV)], dataclasses.InitVar[int])
import dataclasses as dc
from collections import namedtuple, defaultdict, OrderedDict
P = namedtuple('P', 'x y')
@dc.dataclass
class A:
    p: P
    d: dict
    l: list
a = A(P(1, [2]), {'k': [A(P(0, 0), {}, [])]}, [(1, 2), OrderedDict(z=1)])
print(dc.asdict(a))
print(dc.astuple(a))
print(dc.asdict(a, dict_factory=lambda kv: sorted(kv)))
for bad in [lambda: dc.fields(3), lambda: dc.asdict(A), lambda: dc.astuple(3), lambda: dc.replace(A, p=1)]:
    try: bad()
    except TypeError as e: print(e)
@dc.dataclass
class B:
    x: int = dc.field(init=False)
b = B()
try: print(b)
except AttributeError as e: print("AttributeError", e)
@dc.dataclass
class C:
    x: int
    def __eq__(self, o): return NotImplemented if not isinstance(o, C) else self.x == o.x
print(C(1) == C(1), C(1) == 1, A.__eq__(a, 1))
@dc.dataclass
class Base:
    a: int
    _: dc.KW_ONLY
    b: int = 0
@dc.dataclass
class Child(Base):
    c: int = 5
    _: dc.KW_ONLY
    d: int = 1
import inspect
print(inspect.signature(Child), Child(1, 2, b=3, d=4))
print(dc.fields(Child)[1].kw_only, Child.__match_args__)
try:
    @dc.dataclass
    class X:
        x: int = dc.field(default=1, default_factory=int)
except ValueError as e: print(e)
try:
    @dc.dataclass
    class Y:
        a: int = 1
        b: int = dc.field(kw_only=False)
except TypeError as e: print(e)
print(dc.field(default=1), ) if False else print(type(dc.field()).__name__)
@dc.dataclass(init=False)
class NoInit:
    x: int = 3
print(NoInit(), NoInit.__init__ is object.__init__)
@dc.dataclass
class Post:
    x: int
    y: dc.InitVar[int] = 10
    z: int = dc.field(default=0, repr=False, compare=False, metadata={'m': 1})
    def __post_init__(self, y): self.x += y
p = Post(1)
print(p, p.z, dc.fields(Post)[1].metadata, Post.__dataclass_params__ if False else '', Post.__dataclass_fields__['y']._field_type)
print(repr(dc.fields(Post)[1].metadata), Post.__annotations__)
