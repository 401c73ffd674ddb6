# Enums: Enum, IntEnum, Flag, IntFlag, auto, unique, iteration, lookup errors, members with methods
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

    def describe(self):
        return f"{self.name.lower()}={self.value}"

    @classmethod
    def parse(cls, s):
        try:
            return cls[s.upper()]
        except KeyError:
            raise ValueError(f"unknown color {s!r}") from None

print(list(Color), len(Color), Color.CRIMSON, Color.CRIMSON is Color.RED)
print(Color(2), Color["BLUE"], repr(Color.GREEN), str(Color.GREEN), format(Color.GREEN), f"{Color.RED}")
print([m.describe() for m in Color], list(Color.__members__))
print(Color.parse("green"))
for bad in (lambda: Color(7), lambda: Color["PINK"], lambda: Color.parse("pink")):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Color.RED == 1, Color.RED < Color.GREEN if False else "skip", hash(Color.RED) == hash(Color.RED))
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)

class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()

print(list(Priority), Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, 1, Priority.LOW]))
print(str(Priority.LOW), repr(Priority.LOW), f"{Priority.HIGH}", format(Priority.HIGH, "03d"), int(Priority.HIGH))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

print(Perm.R | Perm.W, Perm.RW, Perm.R | Perm.X, repr(Perm.R | Perm.X), Perm(0), repr(Perm(0)))
print(Perm.W in Perm.RW, Perm.X in Perm.RW, bool(Perm(0)), list(Perm.RW), ~Perm.R)
print([p.name for p in Perm], (Perm.R | Perm.X).name, Perm(7))
try:
    Perm(9)
except ValueError as e:
    print("ValueError:", e)

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

print(Mode.READ | Mode.WRITE, int(Mode.READ | 1), Mode(7), Mode(8), Mode.READ & 6, repr(Mode(0)))

@unique
class Dir(Enum):
    N = "north"
    S = "south"
    @property
    def opposite(self):
        return Dir.S if self is Dir.N else Dir.N
print(Dir.N.opposite, Dir("south"), Dir.N.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for p in Planet:
    print(p.name, p.value, round(p.gravity, 2))

class Status(StrEnum):
    OPEN = auto()
    CLOSED = auto()
print(Status.OPEN, repr(Status.CLOSED), Status.OPEN == "open", Status("closed"), Status.OPEN.upper())

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)])
print(Shape.TRI, Shape(4))
try:
    class Ext(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)
class Ordered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    A = auto()
    B = auto()
print(list(Ordered), Ordered.B.value)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN | Color.BLUE:
        print("green or blue")
print(Color.RED.__class__.__name__, isinstance(Color.RED, Color), type(Color).__name__)
print(enum.Enum.__members__ if False else Color._value2member_map_[2])
