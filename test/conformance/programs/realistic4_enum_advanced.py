# Advanced enum usage in an order-tracking app: StrEnum/IntFlag/Flag boundaries, _missing_,
# _generate_next_value_, members with tuple values and __init__, aliases, verify(UNIQUE,
# CONTINUOUS), member/nonmember, enum.property, Enum functional API, pickling-free iteration.
import enum
from enum import (Enum, IntEnum, StrEnum, Flag, IntFlag, auto, verify, UNIQUE, CONTINUOUS,
                  NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, member, nonmember)


class Status(StrEnum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = "void"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower() or m.name == value.upper():
                    return m
        return None


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Shipping(IntEnum):
    STANDARD = 1
    EXPRESS = 2
    OVERNIGHT = 3
    FAST = 2

    def cost(self, weight):
        return round(weight * (1 + 0.5 * (self - 1)), 2)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class Color(Flag, boundary=STRICT):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


class Loose(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{count + 1}:{name.lower()}"

    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


class Config(Enum):
    DEBUG = 1
    VERBOSE = 2
    helper = nonmember(99)

    @member
    def callback():
        return "called"


print(list(Status), Status.PAID, repr(Status.PAID), f"{Status.SHIPPED}", Status.PAID.upper(), Status("PAID"), Status("Void"))
print(Status.NEW == "new", "paid" in [s.value for s in Status], sorted(Status)[:2], isinstance(Status.NEW, str))
try:
    Status(5)
except ValueError as e:
    print("ValueError:", e)
for p in Planet:
    print(f"{p.name:<8} g={p.gravity:6.2f} mass={p.mass:.3e} value={p.value}")
print(Shipping.FAST is Shipping.EXPRESS, list(Shipping), Shipping.__members__["FAST"], Shipping.OVERNIGHT.cost(2.0), Shipping(3) + 1)
print(sorted(Shipping.__members__), [m.name for m in Shipping.__members__.values()])
rw = Perm.R | Perm.W
print(rw, repr(rw), int(rw), Perm(7), repr(Perm(7)), Perm(0), repr(Perm(8)), Perm.R in rw, list(rw), rw & 2, rw ^ Perm.R, ~Perm.R)
print(repr(Color.RED | Color.BLUE), Color(3), ~Color.RED, len(Color.RED | Color.GREEN), list(Color), Color(0))
for cls, v in [(Color, 8), (Loose, 7), (Eject, 7), (Keep, 7)]:
    try:
        print(cls.__name__, repr(cls(v)))
    except ValueError as e:
        print(cls.__name__, "ValueError:", e)
print(list(Ordinal), Ordinal.THIRD.value)
print(list(Config)[:2], Config.helper, Config.callback.value(), Config.DEBUG.name)
try:
    @verify(UNIQUE)
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("verify UNIQUE:", e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        B = 2
        D = 4
except ValueError as e:
    print("verify CONTINUOUS:", e)
try:
    @verify(NAMED_FLAGS)
    class Unnamed(Flag):
        A = 1
        ALL = 7
except ValueError as e:
    print("verify NAMED_FLAGS:", e)
Animal = Enum("Animal", [("CAT", "meow"), ("DOG", "woof")], module=__name__)
Size = IntEnum("Size", "S M L XL", start=0)
print(list(Animal), Animal.CAT.value, list(Size), Size.XL + 0, Size["M"])
try:
    class Extending(Status):
        EXTRA = auto()
except TypeError as e:
    print("TypeError:", e)
try:
    Status.NEW.value = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    class BadName(Enum):
        _sunder_ = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Redef(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
orders = [("o1", Status.NEW, Shipping.STANDARD, 1.5), ("o2", Status.PAID, Shipping.EXPRESS, 3.0),
          ("o3", Status.SHIPPED, Shipping.OVERNIGHT, 0.5), ("o4", Status("cancelled"), Shipping.FAST, 2.0)]
by_status = {}
for oid, st, sh, w in orders:
    by_status.setdefault(st, []).append((oid, sh.name, sh.cost(w)))
for st in Status:
    print(f"{st.name:<10}|{st.value:^10}|", by_status.get(st, "-"))
match orders[2][1]:
    case Status.NEW | Status.PAID:
        print("not yet shipped")
    case Status.SHIPPED:
        print("in transit")
print(enum.unique(Status) is Status, Status.__members__.keys() == Status._member_map_.keys(), type(Status).__name__)
print(Perm.R.name, Perm(6).name, Color(5).name, (Perm.R | Perm.X).value, bool(Perm(0)), Perm.W.bit_length())
print(hash(Status.NEW) == hash(Status.NEW), {Status.NEW: 1}[Status("new")], dir(Status.NEW)[:5])
