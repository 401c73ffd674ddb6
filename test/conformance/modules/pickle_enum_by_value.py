# Enum, IntEnum, StrEnum, Flag and IntFlag members pickle by value (3.11.5+) in protocols 0-5; copy keeps them
import pickle, copy
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, KEEP, auto
class Color(Enum):
    RED = 1; GREEN = 'g'; T = (1, 2); L = [1]
class N(IntEnum):
    A = 1; B = 300
class S(StrEnum):
    X = auto()
class F(Flag, boundary=KEEP):
    A = 1; B = 2; AB = 3
class I(IntFlag):
    A = 1; B = 2
for x in (Color.RED, Color.GREEN, Color.T, Color.L, N.A, N.B, S.X, F.A, F.AB, F(8), F(9), F(0), I.A, I(0), I(12), I.A | I.B):
    print(repr(x), x.__reduce_ex__(2))
    for p in range(6):
        b = pickle.dumps(x, p)
        y = pickle.loads(b)
        print(p, b, y is x or repr(y))
    print(copy.copy(x) is x, copy.deepcopy(x) is x)
