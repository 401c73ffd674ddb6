# enum 3.11: StrEnum, flags and boundaries, verify, member/nonmember, enum.property, global_enum reprs and strs
import enum
from enum import *
class Color(StrEnum):
    RED = auto()
    GREEN = "green"
print(Color.RED, repr(Color.RED), Color.RED == "red", f"{Color.GREEN}", Color.RED.upper(), str(Color.GREEN), format(Color.RED, ">6"))
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e: print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.ONE), str(Num.TWO), f"{Num.TWO}", Num.ONE + 1, format(Num.ONE, "03d"))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), str(Perm.R | Perm.X), Perm(7), repr(Perm(0)), list(Perm(7)), repr(Perm(9)), ~Perm.R)
class F(Flag):
    A = auto(); B = auto(); C = auto()
    AB = A | B
print(repr(F.AB), repr(F(3)), repr(~F.A), list(F), F.A in F.AB, len(F.AB), repr(F(0)), bool(F(0)))
try:
    F(16)
except ValueError as e: print(e)
class SF(Flag, boundary=STRICT):
    A = 1; B = 2
class CF(Flag, boundary=CONFORM):
    A = 1; B = 2
class EF(Flag, boundary=EJECT):
    A = 1; B = 2
class KF(IntFlag, boundary=KEEP):
    A = 1; B = 2
for cls, v in [(SF, 7), (CF, 7), (EF, 7), (KF, 7)]:
    try: print(cls.__name__, repr(cls(v)))
    except ValueError as e: print(e)
print(SF._boundary_, KF._boundary_, FlagBoundary.STRICT, repr(FlagBoundary.KEEP))
@verify(UNIQUE)
class U(Enum):
    A = 1
    B = 2
try:
    @verify(UNIQUE)
    class U2(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    @verify(CONTINUOUS)
    class Cn(IntEnum):
        A = 1
        C = 3
except ValueError as e: print(e)
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        B = 2
        ABX = 7
except ValueError as e: print(e)
@unique
class UU(Enum):
    A = 1
class MN(Enum):
    A = 1
    helper = nonmember(5)
    @member
    def fn(x): return x
print(list(MN)[0], MN.helper, MN.fn.value(3) if callable(MN.fn.value) else MN.fn)
class WithProp(Enum):
    A = 1
    @property
    def double(self): return self.value * 2
    @enum.property
    def name2(self): return self.name.lower()
print(WithProp.A.double, WithProp.A.name2)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
class RE(int, ReprEnum):
    A = 1
print(repr(RE.A), str(RE.A))
print(Color._member_map_.keys(), Color.__members__.keys())
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
    @classmethod
    def _missing_(cls, value): return cls.SQUARE if value == 'sq' else None
print(Shape('sq'), Shape.ALIAS, list(Shape), Shape.__members__['ALIAS'])
try: Shape(99)
except ValueError as e: print(e)
print(enum.show_flag_values(13) if hasattr(enum, 'show_flag_values') else '')
@global_enum
class GE(IntEnum):
    GA = 1
    GB = 2
print(repr(GE.GA), str(GE.GA), GA)
print(Color.RED.name, Color.RED.value, Color['RED'], Color('green'))
class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
try:
    class Ord2(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e: print(e)
print(Perm.R.name, (Perm.R|Perm.W).name, F(0).name, F.AB.value)
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    X = auto()
print(Auto.X.value)
@global_enum
class GF(Flag):
    FA = 1
    FB = 2
@global_enum
class GI(IntFlag):
    IA = 1
    IB = 2
@global_enum
class GK(IntFlag, boundary=KEEP):
    KA = 1
    KB = 2
@global_enum
class GE(Enum):
    EA = 1
@global_enum
class GS(StrEnum):
    SA = 'x'
for v in [GI.IA, GI.IA | GI.IB, GI(0), GK(5), GK(4), GE.EA, GS.SA]:
    print(repr(v), str(v), format(v))
try:
    print(repr(FA | FB))
except TypeError as e: print("TypeError", e)
print(repr(GF(0)))

