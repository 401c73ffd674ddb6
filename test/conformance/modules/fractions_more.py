# fractions: constructor paths (Decimal, float, rationals, bools, strings with signs/exponents/underscores), from_float/from_decimal, int/trunc/floor/ceil/round of negatives and halves, ** and reversed ** with every kind of base, comparisons with inf/nan, copies of subclasses, limit_denominator ties
import copy
import math
import pickle
from decimal import Decimal
from fractions import Fraction as F

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for arg in [Decimal('1.25'), Decimal('-0.1'), 0.1, -2.5, True, F(3, 6), ' -3/6 ', '+1_000.5', '1e-3', '-.5E2', '7']:
    print(repr(arg), repr(F(arg)))
for a, b in [(F(1, 2), F(3, 4)), (True, 3), (-6, -4), (6, -4), (0, -5), (F(1, 3), 2)]:
    print(a, b, repr(F(a, b)))
show('from_float int', lambda: F.from_float(3))
show('from_float bool', lambda: F.from_float(True))
show('from_float nan', lambda: F.from_float(math.nan))
show('from_float inf', lambda: F.from_float(math.inf))
show('from_float str', lambda: F.from_float('1'))
show('from_decimal', lambda: F.from_decimal(Decimal('2.5')))
show('from_decimal int', lambda: F.from_decimal(7))
show('from_decimal nan', lambda: F.from_decimal(Decimal('nan')))
show('from_decimal float', lambda: F.from_decimal(1.5))
show('Decimal inf', lambda: F(Decimal('-inf')))
show('zero str', lambda: F('3/0'))
show('zero pair', lambda: F(F(1, 2), 0))
show('div zero', lambda: F(5, 3) / 0)
show('rdiv zero', lambda: 3 / F(0))
show('floordiv zero', lambda: F(1, 2) // F(0))
show('mod zero', lambda: F(1, 2) % 0)
for x in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(1, 3), F(-1, 3), F(0), F(-9, 1)]:
    print(x, int(x), math.trunc(x), math.floor(x), math.ceil(x), round(x), round(x, 1), round(x, -1), type(round(x, 0)).__name__)
print(round(F(12345, 7), -2), round(F(-15), -1), round(F(25), -1), round(F(1, 8), 2))
for base, exp in [(F(2, 3), 3), (F(2, 3), -3), (F(-2, 3), -3), (F(-2, 3), 2), (F(4, 9), F(1, 2)), (F(0), 0), (2, F(3)), (2, F(-3)), (2.0, F(1, 2)), (F(1, 2), 0.5), (4, F(1, 2)), (F(3, 2), F(2)), (-8, F(1, 3)), (Decimal(2), F(2))]:
    show('%r ** %r' % (base, exp), lambda: base ** exp)
show('zero neg pow', lambda: F(0) ** -1)
show('complex pow', lambda: F(1, 2) ** 1j)
for other in [math.inf, -math.inf, math.nan, 0.5, 1e300]:
    x = F(1, 2)
    print(other, x < other, x > other, x <= other, x >= other, x == other, x != other)
print(F(1, 2) == Decimal('0.5'), F(1, 2) < 1, 1 < F(3, 2), F(1, 2) == 0.5, F(1) == 1, F(1) == True, hash(F(1, 2)) == hash(0.5), hash(F(-3)) == hash(-3), hash(F(-1)))

class Mine(F):
    pass
m = Mine(3, 4)
print(type(copy.copy(m)).__name__, type(copy.deepcopy(m)).__name__, copy.copy(m) == m, copy.copy(F(1, 2)) is copy.copy(F(1, 2)))
f = F(5, 7)
print(copy.copy(f) is f, copy.deepcopy(f) is f, pickle.loads(pickle.dumps(m)) == m, type(pickle.loads(pickle.dumps(m))).__name__, m.__reduce__())
print(type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__, type(+m).__name__)
for target, limit in [(F(3, 8), 2), (F(5, 8), 2), (F(1, 4), 1), (F(3, 4), 1), (F(-3, 8), 2), (F(math.pi), 100), (F(math.pi), 1000000), (F(2, 7), 7)]:
    print(target, limit, target.limit_denominator(limit))
show('limit 0', lambda: F(1, 3).limit_denominator(0))
print(F(10, 4).as_integer_ratio(), F(-3).as_integer_ratio(), F(1, 3).real, F(1, 3).imag, F(1, 3).conjugate(), bool(F(0)), bool(F(1, 9)))
print(divmod(F(7, 2), F(2, 3)), divmod(-7, F(2, 3)), divmod(F(7, 2), 1.5), F(7, 2) % -2, -7 % F(2, 3), F(7, 2) // 0.5)
