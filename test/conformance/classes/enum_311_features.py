# enum 3.11: member/nonmember, verify, _ignore_, _order_, custom __new__ with _value_, mixins' format, ReprEnum
import enum
from enum import Enum, IntEnum, StrEnum, Flag, member, nonmember, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, ReprEnum
class E(Enum):
    A = 1
    helper = nonmember(5)
    @member
    def fn(): return 'fn member'
print(list(E)[0], E.helper, E.fn.value(), type(E.__dict__.get('helper')).__name__)
try:
    @verify(UNIQUE)
    class U(Enum):
        A = 1
        B = 1
except ValueError as ex: print('ValueError:', ex)
try:
    @verify(CONTINUOUS)
    class Cn(IntEnum):
        A = 1
        C = 3
except ValueError as ex: print('ValueError:', ex)
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        AB = 3
except ValueError as ex: print('ValueError:', ex)
class Ig(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    X = 1
print(list(Ig), hasattr(Ig, 'tmp'))
try:
    class Ord(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as ex: print('TypeError:', ex)
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PX, Coord.PY.label, Coord(1), Coord.PX.value)
class S(str, Enum):
    A = 'a'
class I(int, Enum):
    ONE = 1
print(format(S.A), f'{S.A}', str(S.A), format(I.ONE), f'{I.ONE:>5}', str(I.ONE), repr(S.A))
class CustomStr(Enum):
    A = 1
    def __str__(self): return 'custom'
print(str(CustomStr.A), f'{CustomStr.A}', format(CustomStr.A))
try:
    class R(ReprEnum):
        X = 1
except TypeError as ex: print('TypeError:', ex)
class RI(int, ReprEnum):
    X = 1
print(str(RI.X), repr(RI.X), format(RI.X))
class IE(IntEnum):
    A = 1
print(str(IE.A), format(IE.A), f'{IE.A}', repr(IE.A), IE.A.__str__(), '%s %d' % (IE.A, IE.A))
class SE(StrEnum):
    A = 'alpha'
print(str(SE.A), format(SE.A), repr(SE.A), SE.A + '!', SE('alpha'))
try:
    class BadSE(StrEnum):
        A = 1
except TypeError as ex: print('TypeError:', ex)
class Prop(Enum):
    A = 1
    @enum.property
    def double(self): return self.value * 2
print(Prop.A.double)
class WithDir(Enum):
    A = 1
    def m(self): pass
print([n for n in dir(WithDir.A) if not n.startswith('__')], [n for n in dir(WithDir) if not n.startswith('__')])
print(E.A.__reduce_ex__(4), repr(E), list(E.__members__))
class Base(Enum):
    def describe(self): return self.name.lower()
class Child(Base):
    X = 1
print(Child.X.describe(), Child.__mro__[1].__name__)
try:
    class GrandChild(Child): Y = 2
except TypeError as ex: print('TypeError:', ex)
print(E['A'], E(1), getattr(E, 'A'), E.A is E['A'], len(E), reversed(E).__class__.__name__ if False else [m.name for m in reversed(E)])
class Auto(Enum):
    A = enum.auto()
    B = enum.auto()
    C = 10
    D = enum.auto()
print([m.value for m in Auto])
