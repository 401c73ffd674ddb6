# enum._simple_enum turns a plain class into an enum (the standard library defines some of
# its enums so), and _test_simple_enum compares one with the same enum made by subclassing.
from enum import Enum, IntEnum, StrEnum, IntFlag, Flag, KEEP, auto, _simple_enum, _test_simple_enum

@_simple_enum(Enum)
class Color:
    RED = 1
    GREEN = 2
    CRIMSON = 1
    def shout(self):
        return self.name.upper() + '!'
    @property
    def pair(self):
        return (self.name, self.value)

print(Color, type(Color).__name__, list(Color), Color.CRIMSON, Color(2), Color['RED'])
print(Color.RED.shout(), Color.GREEN.pair, Color.__doc__, Color.__members__.keys())

@_simple_enum(IntEnum)
class Level:
    """Levels."""
    LOW = auto()
    HIGH = auto()

print(Level.__doc__, list(Level), Level.HIGH + 1, Level.LOW < Level.HIGH, repr(Level(1)), str(Level.HIGH))

@_simple_enum(StrEnum)
class Sort:
    NAME = 'name'
    TIME = auto()

print(list(Sort), Sort.TIME.upper(), f'{Sort.NAME}')

@_simple_enum(IntFlag, boundary=KEEP)
class Perm:
    R = 4
    W = 2
    X = 1
    RWX = 7

print(list(Perm), Perm.R | Perm.W, Perm(8 | 1), Perm.RWX in Perm)

class CheckedColor(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    def shout(self):
        return self.name.upper() + '!'
    @property
    def pair(self):
        return (self.name, self.value)

print(_test_simple_enum(CheckedColor, Color))
Color.GREEN._value_ = 5
try:
    _test_simple_enum(CheckedColor, Color)
except TypeError as e:
    print(e)

class CheckedPerm(IntFlag, boundary=KEEP):
    R = 4
    W = 2
    X = 1
    RWX = 7

print(_test_simple_enum(CheckedPerm, Perm))

# _iter_bits_lsb: the bits of an int or a member's value, lowest first
from enum import _iter_bits_lsb
print(list(_iter_bits_lsb(0b101100)), list(_iter_bits_lsb(Perm.RWX)), list(_iter_bits_lsb(0)))
try:
    list(_iter_bits_lsb(-8))
except ValueError as e:
    print(e)
