# dataclasses 3.10+: slots, weakref_slot, kw_only, KW_ONLY (twice is an error), match_args, make_dataclass options
from dataclasses import *
import dataclasses, weakref, inspect
@dataclass(slots=True)
class S:
    x: int
    y: list = field(default_factory=list)
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
try:
    s.z = 3
except AttributeError as e: print(e)
@dataclass(slots=True, weakref_slot=True)
class W:
    a: int
w = W(1); r = weakref.ref(w); print(r() is w, W.__slots__)
try:
    @dataclass(weakref_slot=True)
    class W2:
        a: int
except TypeError as e: print(e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), inspect.signature(K))
try:
    K(1)
except TypeError as e: print(e)
@dataclass
class KO:
    a: int
    _: KW_ONLY
    b: int
    c: int = field(default=3, kw_only=False)
print(inspect.signature(KO), KO(1, 5, b=2))
@dataclass
class Base:
    x: int = 0
@dataclass
class Derived(Base):
    y: int = field(kw_only=True)
print(Derived(y=3), inspect.signature(Derived))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
@dataclass(match_args=False)
class NM:
    a: int
print(hasattr(NM, '__match_args__'), KO.__match_args__, K.__match_args__)
@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: int = 0
f = FS(1)
try:
    f.a = 3
except FrozenInstanceError as e: print(type(e).__name__, e)
print(hash(f) == hash(FS(1)), replace(f, b=5), astuple(f), asdict(f))
import pickle, copy
print(pickle.loads(pickle.dumps(f)), copy.deepcopy(f))
@dataclass(order=True)
class O:
    a: int
    b: str = field(compare=False)
print(O(1, "x") < O(2, "a"), sorted([O(3,'a'), O(1,'b')]))
try:
    O(1,'a') < 3
except TypeError as e: print(e)
try:
    @dataclass
    class M:
        x: list = []
except ValueError as e: print(e)
print([f.name for f in fields(KO)], [f.kw_only for f in fields(KO)])
C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=5))], kw_only=True, slots=True)
print(C(a=1, b=2), C.__slots__)
@dataclass
class InitVarC:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
print(InitVarC(3), InitVarC(3, 10))
print(is_dataclass(InitVarC), is_dataclass(InitVarC(1)), is_dataclass(int))
@dataclass(slots=True)
class SlotsSuper:
    a: int
    def m(self):
        return super().__repr__() if False else 'ok'
print(SlotsSuper(1).m())
try:
    @dataclass(slots=True)
    class AlreadySlots:
        __slots__ = ('a',)
        a: int
except TypeError as e: print(e)
try:
    replace(f, c=1)
except TypeError as e: print(e)
try:
    @dataclass
    class Two:
        _: KW_ONLY
        __: KW_ONLY
except TypeError as e: print(e)
