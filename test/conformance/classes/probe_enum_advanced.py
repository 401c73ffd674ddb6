# enum corners: __new__ with _value_, _order_, containment, dir, Flag pseudo-members, IntFlag negation, mixins
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")
print(Coord.PY, Coord(1), Coord.PY.label, Coord.PX.value)
class Ordered(Enum):
    _order_ = "A B"
    A = 1
    B = 2
print(list(Ordered))
try:
    class BadOrder(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError", e)
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color.RED in Color, 1 in Color if False else "", [m for m in dir(Color) if not m.startswith("_")], sorted(m for m in dir(Color.RED) if not m.startswith("__")))
try:
    print(1 in Color)
except TypeError as e:
    print("TypeError", e)
class P(Flag):
    A = 1
    B = 2
    C = 4
    AB = 3
print(list(P), P.AB, repr(P.AB), P(7), repr(P(7)), P.A | P.C, repr(P.A | P.C), ~P.A, repr(~P.A), P(0).name, list(P(7)), len(P(7)))
print(P.A in P.AB, P.C in P.AB, bool(P.A & P.B), P.A ^ P.AB, P.__members__.keys())
try:
    P(8)
except ValueError as e:
    print("ValueError", e)
class IF(IntFlag):
    X = 1
    Y = 2
print(~IF.X, repr(~IF.X), IF.X | IF.Y, IF(0), repr(IF(0)), IF(8), repr(IF(8)), IF.X & 3, type(IF.X & 3).__name__, IF.X + IF.Y, type(IF.X + IF.Y).__name__, -IF.X)
class Strange(str, Enum):
    A = "a"
    B = "b"
print(Strange.A, repr(Strange.A), f"{Strange.A}", Strange.A == "a", Strange("b"), Strange.A.upper(), format(Strange.B, ">3"))
class FloatE(float, Enum):
    PI = 3.14
print(FloatE.PI, repr(FloatE.PI), FloatE.PI * 2, f"{FloatE.PI}")
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    def __str__(self): return f"{self.value} {self.name}"
print(Status.OK, f"{Status.OK}", format(Status.OK), "%s" % Status.OK, "%d" % Status.OK)
class E2(Enum):
    A = 1
    def __repr__(self): return "custom"
    def __str__(self): return "customstr"
print(E2.A, repr(E2.A), [E2.A], f"{E2.A}")
Animal = Enum("Animal", "ANT BEE", module=__name__, qualname="Animal", start=10)
print(list(Animal), Animal.ANT.value, Animal.__qualname__)
Dyn3 = Enum("Dyn3", {"K": "v"})
print(Dyn3.K.value)
class AutoStr(enum.StrEnum):
    FOO_BAR = auto()
print(AutoStr.FOO_BAR.value)
class AutoFlag(Flag):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in AutoFlag])
class AutoInt(IntEnum):
    A = auto()
    B = 10
    C = auto()
print([m.value for m in AutoInt])
print(Color.RED.__reduce_ex__(4), Color._member_names_, Color._value2member_map_)
print(isinstance(Color.RED, int), issubclass(IntEnum, int), Color.__members__["RED"] is Color.RED, type(Color.__members__).__name__)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError", e)
try:
    Enum("X", "A B")("nope")
except ValueError as e:
    print("ValueError", e)
print(enum.unique(Color) is Color, Color["RED"].name, getattr(Color, "GREEN"))
class Weekday(Flag):
    MON = 1
    TUE = 2
    WED = 4
    WEEKDAYS = 7
print(Weekday.WEEKDAYS, Weekday(3), [d.name for d in Weekday], Weekday.MON | Weekday.TUE | Weekday.WED)
print(hash(Color.RED) == hash("RED"), sorted([Status.NOT_FOUND, Status.OK]), max(Status))
class Planet(Enum):
    MERCURY = 1
    @property
    def moons(self): return 0
    @classmethod
    def first(cls): return cls.MERCURY
print(Planet.MERCURY.moons, Planet.first(), Planet.MERCURY.name)
import http
class S(enum.StrEnum):
    A = "a"
    def __str__(self): return "S!" + self.value
print(S.A, f"{S.A}", format(S.A, ">4"), "%s" % S.A, str(S.A))
class S2(enum.StrEnum):
    B = "b"
print(S2.B, f"{S2.B:>3}", repr(S2.B))
class I(enum.IntEnum):
    X = 5
    def __format__(self, spec): return "fmt" + spec
print(I.X, f"{I.X:q}", str(I.X))
class F(enum.IntFlag):
    A = 1
    B = 2
    def __str__(self): return "flag!"
print(F.A, f"{F.A}", f"{F.A | F.B}", format(F.B, "03"), str(F.A|F.B))
print(http.HTTPStatus.OK, f"{http.HTTPStatus.NOT_FOUND}", repr(http.HTTPStatus.OK), str(http.HTTPStatus.OK), http.HTTPStatus.OK.phrase)
class ReprFloat(float, enum.ReprEnum):
    PI = 3.5
print(ReprFloat.PI, f"{ReprFloat.PI:.2f}", repr(ReprFloat.PI))
try:
    class Bad(enum.ReprEnum):
        A = 1
    print(Bad.A)
except TypeError as e:
    print("TypeError", e)
