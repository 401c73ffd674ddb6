# enum: Flag operations/repr, IntEnum/StrEnum, aliases, _missing_, auto, iteration, unique
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str): return cls[value.upper()]
        return None
print(list(Color), Color.CRIMSON, Color.CRIMSON is Color.RED, Color('green'), list(Color.__members__))
try: Color(7)
except ValueError as e: print('ValueError:', e)
try: Color['nope']
except KeyError as e: print('KeyError:', e)
try: Color('blue')
except Exception as e: print(type(e).__name__, e, type(e.__context__).__name__)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print('ValueError:', e)
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
    RW = R | W
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(0), repr(Perm(0)), Perm.RW, ~Perm.R, Perm.R in Perm.RW, list(Perm.RW), len(Perm.RW))
print(list(Perm), bool(Perm(0)), Perm(7), repr(Perm(7)), Perm.R ^ Perm.RW, Perm.RW & Perm.W)
try: Perm(8)
except ValueError as e: print('ValueError:', e)
class Num(IntEnum):
    ONE = 1; TWO = 2
print(Num.ONE + 1, Num.TWO * 2, Num(2), repr(Num.ONE), str(Num.ONE), f'{Num.TWO}', format(Num.ONE, '03d'), Num.ONE == 1, sorted([Num.TWO, 0]))
class S(StrEnum):
    A = auto(); B = 'bee'
print(S.A, repr(S.A), S.B.upper(), S('bee'), S.A == 'a', f'{S.B}')
class I(IntFlag):
    A = 1; B = 2
print(I.A | I.B, repr(I.A | 4), I.A | 8, repr(I(12)), I.A + 1, ~I.A, repr(~I.A))
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower() + str(count)
    X = auto(); Y = auto()
print(Auto.X.value, Auto.Y.value)
class Planet(Enum):
    EARTH = (5.97, 6.37)
    def __init__(self, mass, radius): self.mass = mass; self.radius = radius
    @property
    def g(self): return round(self.mass / self.radius, 3)
print(Planet.EARTH.mass, Planet.EARTH.g, Planet((5.97, 6.37)))
try: Color.RED = 5
except AttributeError as e: print('AttributeError:', e)
try: del Color.RED
except AttributeError as e: print('AttributeError:', e)
try:
    class Ext(Color): X = 3
except TypeError as e: print('TypeError:', e)
print(Color.RED.name, Color.RED.value, Color.RED._name_, hash(Color.RED) == hash('RED'), Color.__members__['CRIMSON'])
print(Color.RED in Color, 1 in Color.__members__.values() if False else '', isinstance(Color.RED, Color))
Dyn = Enum('Dyn', 'a b c')
print(list(Dyn), Dyn.b.value, Enum('D2', [('x', 10), ('y', 20)]).y, Enum('D3', {'p': 'q'}).p)
print(repr(Color), repr(Perm), Perm.__members__.keys())
class WithMethods(Enum):
    A = 1
    def describe(self): return f'{self.name}={self.value}'
    @classmethod
    def first(cls): return next(iter(cls))
print(WithMethods.A.describe(), WithMethods.first(), dir(WithMethods.A)[:3])
print(enum.Enum.__name__, Num.__mro__[1].__name__, type(Color).__name__)
