# enum: Enum/IntEnum/Flag/IntFlag/StrEnum, auto, aliases, _missing_, reprs and str
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, list(Color), len(Color), Color(2), Color["BLUE"])
print(Color.RED.name, Color.RED.value, Color.__members__.keys(), type(Color.RED).__name__, isinstance(Color.RED, Color))
print(f"{Color.RED}", f"{Color.RED!r}", format(Color.RED), str(Color.GREEN), [c.name for c in Color.__members__.values()])
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()
print(list(Auto), Auto.C.value)
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(Lower.X.value, Lower("y"))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, f"{Num.ONE}", str(Num.ONE), format(Num.TWO, "03d"), sorted([Num.TWO, Num.ONE]), int(Num.TWO), [1,2,3][Num.ONE])
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), Perm(0), repr(Perm(0)), ~Perm.R, rw & Perm.W, rw.name, Perm.R.name, len(rw))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 4, repr(IP.A | 4), IP(3), IP.A + 1, str(IP.B), format(IP.A | IP.B))
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.B == "bee", S.A.upper(), f"{S.B}", "-".join([S.A, S.B]), isinstance(S.A, str))
class Missing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        print("missing", value)
        return cls.A if value == 0 else None
print(Missing(0))
try:
    Missing(5)
except ValueError as e:
    print("ValueError", e)
class WithMethods(Enum):
    SMALL = 1
    BIG = 10
    def describe(self): return f"{self.name}={self.value}"
    @property
    def double(self): return self.value * 2
    @classmethod
    def biggest(cls): return max(cls, key=lambda m: m.value)
print(WithMethods.SMALL.describe(), WithMethods.BIG.double, WithMethods.biggest())
class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.MARS.mass, Planet.EARTH.value, Planet((0.642, 3.39)))
Dyn = Enum("Dyn", "A B C")
print(list(Dyn), Dyn.B.value, repr(Dyn.A))
Dyn2 = Enum("Dyn2", [("X", 10), ("Y", 20)])
print(Dyn2.Y, Dyn2(10))
print(Color.RED == 1, Color.RED < Color.GREEN if False else "", hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.CRIMSON])
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)
try:
    class Ext(Color): pass
except TypeError as e:
    print("TypeError", e)
class Base(Enum):
    def hello(self): return "hi " + self.name
class Derived(Base):
    Q = 1
print(Derived.Q.hello())
print(Color.__members__["CRIMSON"], list(Color.__members__))
class Ord(enum.IntEnum):
    A = 1
print(Ord.A.__class__.__mro__[1].__name__, Ord.__name__, Ord.A.__class__.__name__)
print(enum.Flag.__name__, Perm.__members__.keys(), Perm._value2member_map_.keys() if False else "")
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape(2).name, [s.name for s in Shape])
print(Color.RED.__class__ is Color, type(Color).__name__, Color.__class__.__name__)
import pickle, copy
print(pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN, copy.deepcopy(Perm.R | Perm.X))
class Cfg(Enum):
    _ignore_ = ["tmp"]
    A = 1
    tmp = 5
print(list(Cfg))
class WithNonMember(Enum):
    A = 1
    def f(self): pass
    B = enum.nonmember(3)
    C = enum.member(lambda: 1)
print([m.name for m in WithNonMember], WithNonMember.B, WithNonMember.C.value())
print(enum.verify, enum.verify.__name__, Perm.R.value, enum.STRICT if hasattr(enum, "STRICT") else None)
class Bound(Flag, boundary=enum.KEEP):
    A = 1
print(Bound(5), repr(Bound(5)))
from enum import Enum, Flag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS
for body in [
    "@verify(UNIQUE)\nclass A(Enum):\n    X = 1\n    Y = 1\n",
    "@verify(CONTINUOUS)\nclass B(Enum):\n    X = 1\n    Y = 3\n",
    "@verify(NAMED_FLAGS)\nclass C(Flag):\n    X = 1\n    Y = 2\n    Z = 7\n",
    "@verify(UNIQUE, CONTINUOUS)\nclass D(Enum):\n    X = 1\n    Y = 2\n",
]:
    try:
        exec(body)
        print("ok")
    except ValueError as e:
        print("ValueError", e)

