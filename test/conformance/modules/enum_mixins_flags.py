# enum: str/float mixins, _generate_next_value_, Flag and IntFlag combinations, StrEnum, member/nonmember, functional API
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum
class Mixed(str, Enum):
    A = 'a'; B = 'b'
print(Mixed.A, repr(Mixed.A), f'{Mixed.A}', format(Mixed.A, '>3'), str(Mixed.A), Mixed.A == 'a', Mixed('b'), Mixed.A.value, '%s' % Mixed.A)
class Num(float, Enum):
    PI = 3.14; E = 2.71
print(Num.PI, Num.PI + 1, repr(Num.E))
class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower() * 2
    X = auto(); Y = auto()
print(list(Gen), Gen.X.value)
class Sh(Flag):
    A = 1; B = 2; C = 4; D = 8
    AB = A | B
x = Sh.A | Sh.C | Sh.D
print(x, repr(x), x.name, x.value, list(x), Sh.AB in x, Sh.A in x, ~x, Sh(0).name, bool(Sh.A & Sh.B), Sh['AB'], len(x), repr(~Sh.A))
try: Sh(16)
except ValueError as e: print('ValueError', e)
class I(IntFlag):
    R = 4; W = 2; X = 1
print(I(7), repr(I(5)), I.R | 16, repr(I.R | 16), str(I(0)), repr(I(0)), list(I(6)), I(3).name, format(I.R | I.W, 'd'), f'{I.R:>4}', I.R & 5, type(I.R & 5).__name__)
class Sz(IntEnum):
    S = 1; M = 2
print(Sz.S + Sz.M, Sz.S < 2, f'{Sz.M}', str(Sz.M), format(Sz.M, '03'), '%d %s %r' % (Sz.S, Sz.S, Sz.S), hex(Sz.M), [Sz(1)], Sz.__members__)
class St(StrEnum):
    X = auto(); YY = 'yy'
print(St.X + '!', f'{St.YY:>4}', St('yy'), St.X.upper(), repr(St.X), list(St), 'x' in St.__members__)
class WithProps(Enum):
    A = 1
    @property
    def double(self): return self.value * 2
    @classmethod
    def first(cls): return next(iter(cls))
print(WithProps.A.double, WithProps.first(), WithProps.A.name, WithProps.A._name_)
class Mem(Enum):
    A = 1
    helper = enum.nonmember(5)
    @enum.member
    def f(): return 7
print(Mem.A, Mem.helper, Mem.f.value() if callable(Mem.f.value) else Mem.f)
@enum.unique
class U(Enum):
    A = 1; B = 2
print(U.A < U.B if False else '', U.__members__.keys(), U._member_names_, U._value2member_map_)
try:
    class Bad(Enum):
        A = 1
    class Bad2(Bad):
        B = 2
except TypeError as e: print('TypeError', e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e: print('TypeError', e)
try: Enum('E', 'A B', start=0).A.value and print(Enum('E', 'A B', start=0).A.value)
except Exception as e: print(type(e).__name__, e)
print(Enum('E', 'A B', start=0).A.value, Enum('E', {'x': 'y'}).x.value, IntEnum('T', 'a b').b, Flag('F', 'R W').W.value)
print(Sh.A.__class__.__name__, isinstance(Sh.A, Sh), Sh.__name__, type(Sh).__name__, Sh._missing_, dir(Sh)[:3])
