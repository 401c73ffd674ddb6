from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 1
    def describe(self):
        return self.name.lower()
    @property
    def is_warm(self):
        return self is Color.RED

print(repr(Color.RED), str(Color.RED), Color.BLUE is Color.RED, list(Color), len(Color), repr(Color))
print(Color(2), Color['GREEN'], Color.__members__, Color.RED.name, Color.RED.value, Color.RED.describe(), Color.RED.is_warm)
print(f"{Color.RED}", format(Color.RED, '>12'), hash(Color.RED) == hash('RED'), Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.GREEN)
print(isinstance(Color.RED, Color), type(Color.RED), Color.RED in Color, list(reversed(Color)), [c.name for c in Color])
print({Color.RED: 'r'}[Color.BLUE], sorted(Color, key=lambda c: c.value), Color._member_names_)
for expr in [lambda: Color(5), lambda: Color['X'], lambda: setattr(Color, 'RED', 5), lambda: delattr(Color, 'RED'), lambda: Color.RED < Color.GREEN]:
    try:
        print(expr())
    except (ValueError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)

class Num(IntEnum):
    ONE = 1
    TWO = auto()
    THREE = auto()
print(repr(Num.ONE), str(Num.ONE), Num.TWO + 1, Num.ONE < Num.TWO, f"{Num.TWO}", Num(2), Num.TWO == 2, sorted([Num.THREE, Num.ONE]), format(Num.ONE, '03d'), isinstance(Num.ONE, int))

class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), [m.value for m in A])

class S(StrEnum):
    A = auto()
    B = 'bee'
print(repr(S.A), str(S.A), S.B == 'bee', S.A.upper(), f'{S.B}!', S('bee'))

try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError', e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal), Animal(3))
Pair = Enum('Pair', [('X', 5), ('Y', 7)])
print(list(Pair), Pair.Y.value)

class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density_ish(self):
        return self.mass / self.radius
print(Planet.EARTH.mass, Planet.MARS.value, repr(Planet.MARS), Planet((6.421e+23, 3.3972e6)).name, round(Planet.EARTH.density_ish))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), str(rw), Perm.R in rw, Perm.X in rw, repr(Perm(0)), list(Perm), bool(Perm(0)), rw & Perm.R, repr(~Perm.R), list(rw))

class Opt(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(repr(Opt.A | Opt.C), Opt.C.value, Opt.A | 2, int(Opt.B), list(Opt))

class Ordinal(Enum):
    FIRST = 'a'
    SECOND = 'b'
    @classmethod
    def _missing_(cls, value):
        return cls.FIRST
print(Ordinal('zz'), type(Color).__name__, Color.__name__)

class Shape(Enum):
    SQUARE = 2
    _ignore_ = ['helper']
    helper = 5
    _private = 3
print(list(Shape), Shape._private)
try:
    class More(Color):
        PURPLE = 3
except TypeError as e:
    print('TypeError', e)
