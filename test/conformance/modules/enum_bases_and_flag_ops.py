# enum: extending an enum with members (anywhere in the bases) and a non-enum last base are
# TypeErrors; vars().update() in the body defines members; class F(int, Flag) keeps Flag's operators.
from enum import Flag, IntFlag, auto
from enum import Enum, IntEnum, Flag
class Color(Enum):
    red = 1
for f in [lambda: type('MoreColor', (Color,), {}), ]:
    pass
try:
    class EvenMoreColor(Color, IntEnum):
        chartruese = 7
except TypeError as e: print(e)
try:
    Color('Foo', ('pink', 'black'))
except TypeError as e: print(e)
try:
    class Wrong(Enum, str):
        NotHere = 'error before this point'
except TypeError as e: print(e)
class MyIntFlag(int, Flag):
    ONE = 1
    TWO = 2
    FOUR = 4
print(repr(MyIntFlag.ONE | MyIntFlag.TWO), repr(MyIntFlag.ONE | 2))
foo_defines = {'FOO_CAT': 'aloof', 'BAR_DOG': 'friendly', 'FOO_HORSE': 'big'}
class Foo(Enum):
    vars().update({k: v for k, v in foo_defines.items() if k.startswith('FOO_')})
    def upper(self):
        return self.value.upper()
print(list(Foo))
class MyIntFlag(int, Flag):
    ONE = 1
    TWO = 2
    FOUR = 4
for v in (MyIntFlag.ONE | MyIntFlag.TWO, MyIntFlag.ONE | 2, 2 | MyIntFlag.ONE, MyIntFlag.FOUR & 4, MyIntFlag.FOUR ^ MyIntFlag.ONE, ~MyIntFlag.ONE):
    print(repr(v), type(v).__name__)
class P(IntFlag):
    R = 4
    W = 2
print(repr(P.R | P.W), repr(P.R | 8), repr(~P.R), repr(1 | P.W))
class C(Flag):
    A = auto()
    B = auto()
print(repr(C.A | C.B), C.A.__or__(1))
