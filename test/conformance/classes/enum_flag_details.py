# enum Flag details: boundary, pseudo-members, iteration, repr/str/format of combos in 3.11
import enum
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP
class C(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(C.RED | C.BLUE, repr(C.RED | C.BLUE), str(C.WHITE), repr(C.WHITE), format(C.RED), f'{C.RED | C.GREEN}')
print(list(C), list(C.WHITE), [m.name for m in C.__members__.values()], C.WHITE.name, (C.RED | C.BLUE).name, C(0).name, repr(C(0)))
print(C.RED in C.WHITE, C.WHITE in C.RED, len(C.WHITE), bool(C.RED & C.GREEN), C(5), C(7) is C.WHITE)
print(~C.RED, ~C.WHITE, repr(~C.WHITE), C.RED ^ C.WHITE)
class S(Flag, boundary=STRICT):
    A = 1; B = 2
try: S(7)
except ValueError as e: print('ValueError:', e)
class Co(Flag, boundary=CONFORM):
    A = 1; B = 2
print(Co(7), repr(Co(7)))
class Ej(Flag, boundary=EJECT):
    A = 1; B = 2
print(Ej(7), type(Ej(7)).__name__, Ej(3))
class Ke(Flag, boundary=KEEP):
    A = 1; B = 2
print(Ke(7), repr(Ke(7)), Ke(7).value)
class P(IntFlag):
    R = 4; W = 2; X = 1
print(P.R | P.W, repr(P.R | P.W), str(P.R | P.W), format(P.R | P.W), P(7), P(8), repr(P(9)), P.R + 1, P.R | 8, type(P.R | 8).__name__)
print(P.R == 4, P(0), repr(P(0)), ~P.R, repr(~P.R), list(P(7)), P.__members__.keys())
class Sparse(Flag):
    A = 1; C = 4
print(list(Sparse), Sparse(5), Sparse.A | Sparse.C)
try: Sparse(2)
except ValueError as e: print('ValueError:', e)
class Multi(Flag):
    NONE = 0
    A = 1
    B = 2
    AB = 3
print(list(Multi), Multi(0), repr(Multi.NONE), Multi.AB, list(Multi.AB))
print(enum.show_flag_values(7) if hasattr(enum, 'show_flag_values') else '', C._boundary_ if hasattr(C, '_boundary_') else '')
class Perm(IntFlag):
    R = auto(); W = auto()
print(Perm.R, Perm.W, Perm.R.value, Perm.W.value, Perm.R | Perm.W == 3)
