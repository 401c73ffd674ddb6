# enum: flag arithmetic and inversion, _missing_ errors (context set to the failed lookup), mixin formatting, pickling, auto with mixed values
import enum, pickle
class P(enum.IntFlag):
    A = 1; B = 2; C = 4
print(P.A | 8, repr(P.A | 8), P.A ^ P.B, P.A & 3, 3 | P.A, repr(~P.A), repr(-P.A) if False else '', P(-1), repr(P(-1)))
print(list(P(7)), list(P(0)), P(5) in P(7), bool(P(0)), len(P(7)), P.A < P.B)
class F(enum.Flag):
    R = enum.auto(); G = enum.auto(); B = enum.auto()
    WHITE = R | G | B
print(repr(~F.R), repr(~F.WHITE), repr(F.R ^ F.WHITE), list(~F.R), F(0) in F.R)
try: F.R | 1
except TypeError as e: print(e)
class E(enum.Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return 5
try: E(2)
except TypeError as e: print(e)
class E2(enum.Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): raise KeyError("inner")
try: E2(2)
except Exception as e: print(type(e).__name__, e, type(e.__context__).__name__)
print(sorted(dir(E))[:8], 'A' in dir(E), 'value' in dir(E.A))
print(enum.EnumMeta is enum.EnumType, isinstance(E, enum.EnumMeta))
class S(str, enum.Enum):
    X = 'x'
print(f"{S.X:>5}|", format(S.X), str(S.X), repr(S.X))
class I(int, enum.Enum):
    ONE = 1
print(f"{I.ONE:>5}|", str(I.ONE))
try: format(I.ONE, 'd')
except ValueError as e: print(e)
class Fl(float, enum.Enum):
    HALF = 0.5
print(str(Fl.HALF), repr(Fl.HALF))
try: format(Fl.HALF, '.2f')
except ValueError as e: print(e)
print(pickle.loads(pickle.dumps(P.A | P.B)), pickle.loads(pickle.dumps(E.A)) is E.A)
try:
    class Bad(enum.Enum):
        A = 1
        @enum.property
        def A(self): return 1
except TypeError as e: print(e)
class WithVal(enum.Enum):
    X = 1
    @property
    def value(self): return "overridden"
print(WithVal.X.value, WithVal.X._value_)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    def describe(self): return f"{self.name}={self.value}"
    @classmethod
    def default(cls): return cls.RED
print(Color.default().describe(), Color.RED.describe.__name__)
print(list(reversed(Color)), Color.__len__(), Color['GREEN'], Color.__members__['RED'])
try: Color['PURPLE']
except KeyError as e: print("KeyError", e)
try: Color(3)
except ValueError as e: print(e)
print(hash(Color.RED) == hash('RED'), Color.RED == 1, Color.RED is Color(1))
class AutoStr(enum.StrEnum):
    FIRST_NAME = enum.auto()
print(AutoStr.FIRST_NAME.value)
class AutoInt(enum.IntEnum):
    A = enum.auto()
    B = 10
    C = enum.auto()
print([m.value for m in AutoInt])
class Mixed(enum.Enum):
    A = enum.auto()
    B = 'b'
    C = enum.auto()
print([m.value for m in Mixed])
class EE(enum.Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return 5
class E2(enum.Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): raise KeyError("inner")
class E3(enum.Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): raise ValueError("own")
for c in (E, E2, E3):
    try: c(2)
    except Exception as e: print(type(e).__name__, e, repr(e.__context__))
