# __index__, __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__
import math, operator
class I:
    def __index__(self): return 3
print([10,20,30,40][I()], 'abcdef'[I():], bin(I()), hex(I()), oct(I()), range(I()), operator.index(I()))
print(int(I()), float(I()) if hasattr(float, '__index__') else 'nf', complex(I()) if False else '')
print(math.factorial(I()) if False else '', (1).__lshift__(I()), 2 ** I() if False else '', [0]*I())
class BadI:
    def __index__(self): return 'x'
for f in [lambda: [1][BadI()], lambda: operator.index(BadI()), lambda: bin(BadI())]:
    try: f()
    except TypeError as e: print('TypeError:', e)
class T:
    def __trunc__(self): return 7
try:
    print(int(T()))
except TypeError as e:
    print('TypeError:', e)
class Fl:
    def __float__(self): return 2.5
print(float(Fl()), math.sqrt(Fl()), math.floor(Fl()))
class BadF:
    def __float__(self): return 2
try: float(BadF())
except TypeError as e: print('TypeError:', e)
class Sub(float): pass
class RetSub:
    def __float__(self): return Sub(1.5)
import warnings
warnings.simplefilter('ignore')
print(float(RetSub()), type(float(RetSub())).__name__)
class In:
    def __int__(self): return 9
print(int(In()))
try: print([1,2][In()])
except TypeError as e: print('TypeError:', e)
class BadInt:
    def __int__(self): return 1.5
try: int(BadInt())
except TypeError as e: print('TypeError:', e)
class C:
    def __complex__(self): return 1+2j
print(complex(C()), abs(C()) if False else '')
class BadC:
    def __complex__(self): return 1
try: complex(BadC())
except TypeError as e: print('TypeError:', e)
class R:
    def __round__(self, n=None): return ('round', n)
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'
print(round(R()), round(R(), 2), round(R(), None), math.floor(R()), math.ceil(R()), math.trunc(R()))
class NoRound: pass
for f in [lambda: round(NoRound()), lambda: math.trunc(NoRound()), lambda: math.floor(NoRound()), lambda: math.ceil(NoRound()), lambda: int(NoRound()), lambda: float(NoRound()), lambda: complex(NoRound())]:
    try: f()
    except TypeError as e: print('TypeError:', e)
class FI:
    def __float__(self): return 1.25
    def __index__(self): return 5
print(complex(FI()), float(FI()), int(FI()))
class OnlyIdx:
    def __index__(self): return 6
print(float(OnlyIdx()), complex(OnlyIdx()), int(OnlyIdx()))
