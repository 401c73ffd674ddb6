# dataclasses: error messages, frozen inheritance, descriptors as defaults, __eq__ across classes, fields(), replace with InitVar
import dataclasses
from dataclasses import dataclass, field, InitVar, fields
@dataclass
class A:
    x: int
    y: list = field(default_factory=list)
@dataclass
class B(A):
    pass
print(A(1) == B(1), A(1) == A(1), A(1) != A(2), A(1).__eq__(1))
try:
    @dataclass(frozen=True)
    class F(A): pass
except TypeError as e:
    print("TypeError", e)
@dataclass(frozen=True)
class Fz:
    a: int = 0
try:
    @dataclass
    class NF(Fz): pass
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, o): return True
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(unsafe_hash=True)
    class H:
        a: int
        def __hash__(self): return 1
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class BadField:
        a: int = field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Dict:
        a: dict = {}
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class SetD:
        a: set = set()
except ValueError as e:
    print("ValueError", e)
@dataclass
class TupleDefault:
    a: tuple = ()
print(TupleDefault())
@dataclass
class NoInit:
    a: int = field(init=False)
    b: int = 2
n = NoInit()
try:
    repr(n)
except AttributeError as e:
    print("AttributeError", e)
n.a = 1
print(n)
@dataclass(init=False)
class OwnInit:
    a: int
    def __init__(self): self.a = 99
print(OwnInit())
@dataclass
class Custom:
    a: int
    def __repr__(self): return "custom"
    def __eq__(self, o): return True
print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)
class Desc:
    def __init__(self): self.default = 7
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ):
        if obj is None: return self.default
        return getattr(obj, self.name, self.default)
    def __set__(self, obj, v): setattr(obj, self.name, v * 10)
@dataclass
class WithDesc:
    d: int = Desc()
print(WithDesc(), WithDesc(2))
@dataclass
class IV:
    a: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale): self.a *= scale
print(dataclasses.replace(IV(2, 3), scale=5), IV(1))
try:
    dataclasses.replace(IV(2, 3))
except ValueError as e:
    print("ValueError", e)
print([f.name for f in fields(IV)], [f._field_type if False else f.name for f in dataclasses.fields(IV(1))])
try:
    fields(1)
except TypeError as e:
    print("TypeError", e)
@dataclass
class Gen:
    items: list[int] = field(default_factory=lambda: [1, 2])
    mapping: dict[str, int] = field(default_factory=dict, repr=False)
print(Gen(), Gen.__annotations__)
print(dataclasses.astuple(Gen()), dataclasses.asdict(Gen(), dict_factory=lambda kv: sorted(kv)))
@dataclass
class WithCV:
    from typing import ClassVar
    count: ClassVar[int] = 0
    a: int = 1
print(WithCV(), [f.name for f in fields(WithCV)])
@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: int = 2
fs = FS(1)
print(fs, hash(fs) == hash(FS(1)), FS.__slots__)
try:
    fs.a = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
import pickle, copy
print(pickle.loads(pickle.dumps(fs)), copy.deepcopy(fs), copy.copy(Gen()))
@dataclass
class Inner:
    v: int
@dataclass
class Outer:
    inner: Inner
    lst: list
    tup: tuple
print(dataclasses.asdict(Outer(Inner(1), [Inner(2)], (Inner(3), 4))))
print(dataclasses.astuple(Outer(Inner(1), [Inner(2)], (Inner(3), 4))))
import collections
NT = collections.namedtuple("NT", "a b")
@dataclass
class HasNT:
    nt: NT
print(dataclasses.asdict(HasNT(NT(Inner(1), 2))))
print(str(__import__("inspect").signature(Outer)), Outer.__init__.__qualname__, Outer.__repr__.__qualname__)
@dataclass
class KW:
    a: int
    b: int = field(kw_only=True, default=0)
    c: int = 5
print(KW(1, 2), KW(1, b=3))
try:
    KW(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
class PlainBase:
    inherited = 5
@dataclass
class FromPlain(PlainBase):
    inherited: int
    other: int = 1
print(FromPlain(), FromPlain(2))
class SlotBase:
    __slots__ = ("s",)
@dataclass
class FromSlots(SlotBase):
    s: int
print(FromSlots(3))
try:
    FromSlots()
except TypeError as e:
    print("TypeError", e)
