# dataclasses: a Field whose type is itself reprs as '...'; a field named self; an init=False
# default is not set by __init__ (the class attribute serves) unless slots=True; the docstring
# of a class whose metaclass __call__ has no signature.
import inspect
from dataclasses import dataclass, field
rec_field = field()
rec_field.type = rec_field
rec_field.name = "id"
print(",type=...," in repr(rec_field))
class C0: pass
@dataclass
class D:
    C0: C0 = field()
print(",type=...," in repr(D.__dataclass_fields__["C0"]), D.__doc__[:10])
@dataclass
class S:
    self: str
    other: int = 0
    def __post_init__(self_): self_.seen = True
s = S('foo')
print(s, s.self, s.seen, list(inspect.signature(S.__init__).parameters))
@dataclass
class C:
    a: int
    b: int = field()
    c: list = field(default_factory=list, init=False)
    d: list = field(default_factory=list)
    e: int = field(default=4, init=False)
    f: int = 4
calls = []
def setattr_(self, name, value):
    calls.append((name, value))
C.__setattr__ = setattr_
C(0, 1)
print(calls, C.e)
@dataclass(slots=True)
class SL:
    a: int
    e: int = field(default=4, init=False)
print(SL(1), SL(1).e)
class Meta(type):
    __call__ = dict
class Base(metaclass=Meta):
    pass
@dataclass
class M(Base):
    pass
print(M.__doc__)
@dataclass
class N:
    x: int
    def __new__(cls, *a, **k): return super().__new__(cls)
print(N.__doc__)
