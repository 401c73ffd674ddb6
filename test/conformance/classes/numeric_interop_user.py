# builtin and stdlib numbers meeting a user class with reflected methods
from fractions import Fraction
from decimal import Decimal
import numbers, math, operator
class U:
    def __radd__(self, o): return f'U.radd({type(o).__name__})'
    def __rmul__(self, o): return f'U.rmul({type(o).__name__})'
    def __rtruediv__(self, o): return f'U.rtruediv({type(o).__name__})'
    def __rpow__(self, o): return f'U.rpow({type(o).__name__})'
    def __req__(self, o): return 'never'
    def __eq__(self, o): return f'U.eq({type(o).__name__})'
    def __gt__(self, o): return f'U.gt({type(o).__name__})'
    def __rlshift__(self, o): return 'U.rlshift'
    def __rand__(self, o): return 'U.rand'
for v in [1, 1.5, 2j, True, Fraction(1, 2), Decimal('1.5')]:
    print(type(v).__name__, v + U(), v * U(), v / U(), v ** U(), v == U(), v < U())
print(1 << U(), 1 & U(), 'x' + U() if False else '', [1] * 2)
try: Fraction(1, 2) << U()
except TypeError as e: print('TypeError:', e)
try: Decimal(1) & U()
except TypeError as e: print('TypeError:', e)
class Num(numbers.Real):
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __repr__(self): return f'Num({self.v})'
    __abs__ = lambda s: Num(abs(s.v)); __add__ = lambda s, o: Num(s.v + o); __radd__ = lambda s, o: Num(o + s.v)
    __ceil__ = lambda s: math.ceil(s.v); __eq__ = lambda s, o: s.v == o; __floor__ = lambda s: math.floor(s.v)
    __floordiv__ = lambda s, o: s.v // o; __le__ = lambda s, o: s.v <= o; __lt__ = lambda s, o: s.v < o
    __mod__ = lambda s, o: s.v % o; __mul__ = lambda s, o: Num(s.v * o); __neg__ = lambda s: Num(-s.v)
    __pos__ = lambda s: s; __pow__ = lambda s, o: s.v ** o; __rfloordiv__ = lambda s, o: o // s.v
    __rmod__ = lambda s, o: o % s.v; __rmul__ = lambda s, o: Num(o * s.v); __round__ = lambda s, n=None: round(s.v, n)
    __rpow__ = lambda s, o: o ** s.v; __rtruediv__ = lambda s, o: o / s.v; __truediv__ = lambda s, o: s.v / o
    __trunc__ = lambda s: math.trunc(s.v); __hash__ = lambda s: hash(s.v)
n = Num(2.5)
print(isinstance(n, numbers.Number), isinstance(n, numbers.Complex), n.real, n.imag, n.conjugate(), complex(n), divmod(n, 1) if False else '')
print(Fraction(1, 2) + n, 1 + n, math.floor(n), round(n), math.isclose(n, 2.5), float(n) + 1)
print(isinstance(1, numbers.Integral), isinstance(1.0, numbers.Rational), isinstance(Fraction(1), numbers.Rational), isinstance(Decimal(1), numbers.Real), isinstance(Decimal(1), numbers.Number), isinstance(True, numbers.Integral))
class Meters(float):
    def __add__(self, o): return Meters(float(self) + o)
    def __repr__(self): return f'{float(self)}m'
print(Meters(1) + 2, 2 + Meters(1), sum([Meters(1), Meters(2)]), Meters(1) * 2, type(abs(Meters(-1))).__name__)
print(Fraction(1, 3) + 1, Fraction(1, 3) + 0.5, Fraction(1, 3) * 2j if False else '', 1 + Fraction(1, 3), 0.5 + Fraction(1, 4))
try: Decimal(1) + 1.5
except TypeError as e: print('TypeError:', e)
try: Decimal(1) + Fraction(1, 2)
except TypeError as e: print('TypeError:', e)
print(Decimal(1) == 1.0, Decimal('0.1') == 0.1, Fraction(1, 2) == 0.5, Decimal(1) < Fraction(3, 2), Fraction(1, 2) == Decimal('0.5'))
print(operator.add(1, U()), operator.truediv(2.0, U()), operator.pow(Fraction(1), U()))
