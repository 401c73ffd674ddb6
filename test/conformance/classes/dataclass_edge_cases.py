# dataclass edge cases: descriptors as defaults, field(init=False) with replace, InitVar in replace, slots with weakref
from dataclasses import dataclass, field, replace, fields, InitVar, asdict, FrozenInstanceError
import dataclasses
@dataclass
class A:
    x: int
    y: int = field(init=False, default=0)
try: replace(A(1), y=5)
except ValueError as e: print('ValueError:', e)
print(replace(A(1), x=2))
@dataclass
class B:
    a: int
    k: InitVar[int] = 1
    def __post_init__(self, k): self.total = self.a * k
try: replace(B(2, 3))
except ValueError as e: print('ValueError:', e)
print(replace(B(2, 3), k=5).total)
@dataclass(frozen=True)
class F:
    a: int
    def __post_init__(self):
        object.__setattr__(self, 'b', self.a * 2)
f = F(3); print(f.b, f)
try: f.b = 1
except FrozenInstanceError as e: print('FrozenInstanceError:', e)
@dataclass
class Base:
    a: int = 1
@dataclass(frozen=True)
class FB:
    a: int = 1
try:
    @dataclass
    class NF(FB): b: int = 2
except TypeError as e: print('TypeError:', e)
try:
    @dataclass(frozen=True)
    class FN(Base): b: int = 2
except TypeError as e: print('TypeError:', e)
@dataclass(slots=True, weakref_slot=True)
class W:
    a: int
import weakref
w = W(1); print(weakref.ref(w)() is w, W.__slots__)
try:
    @dataclass(weakref_slot=True)
    class NW: a: int
except TypeError as e: print('TypeError:', e)
@dataclass(eq=True, frozen=True)
class H:
    a: int
    b: list = field(compare=False, hash=False, default=None)
print(hash(H(1)) == hash(H(1, [1])), H(1) == H(1, [2]))
@dataclass
class Ord:
    a: int
try: Ord(1) < Ord(2)
except TypeError as e: print('TypeError:', e)
@dataclass
class Desc:
    x: int = field(default=5, repr=False)
    y: str = field(default='y', kw_only=True)
print(Desc(), Desc(1, y='z'), [(f.name, f.kw_only) for f in fields(Desc)])
@dataclass
class Cmp:
    a: int
    b: float
print(Cmp(1, 2.0) == Cmp(1, 2), Cmp(1, 2.0) == (1, 2.0), Cmp(1, 2.0) != Cmp(1, 3.0))
class NotDC: pass
@dataclass
class Ann:
    a: 'int'
    b: 'list[int]' = field(default_factory=list)
print(Ann(1), fields(Ann)[0].type)
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object'))
@dataclass(init=False)
class NoInit:
    a: int = 3
print(NoInit(), NoInit.__init__ is object.__init__)
print(dataclasses.fields(A(1))[1].init, type(dataclasses.MISSING).__name__)
@dataclass
class WithProp:
    _v: int = 0
    @property
    def v(self): return self._v
print(WithProp(4).v, WithProp())
print(dataclasses.astuple(Cmp(1, 2.5)), dataclasses.asdict(Ann(1, [1, 2])))
try:
    @dataclass
    class Dup:
        a: int
        a: str = 'x'
    print(Dup(), fields(Dup)[0].type)
except TypeError as e: print('TypeError:', e)
