# Fraction construction, normalisation, parsing, repr/str and conversions.
from fractions import Fraction
import math

def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

show('default', lambda: Fraction())
show('int', lambda: Fraction(7))
show('bool', lambda: Fraction(True))
show('pair', lambda: Fraction(6, 8))
show('neg den', lambda: Fraction(3, -6))
show('both neg', lambda: Fraction(-10, -4))
show('zero over neg', lambda: Fraction(0, -3))
show('big', lambda: Fraction(2 ** 100, 6))
show('fraction', lambda: Fraction(Fraction(3, 4)))
show('fraction pair', lambda: Fraction(Fraction(1, 2), Fraction(1, 3)))
show('int and fraction', lambda: Fraction(3, Fraction(3, 4)))
show('float', lambda: Fraction(0.25))
show('float 0.1', lambda: Fraction(0.1))
show('neg zero', lambda: Fraction(-0.0))
show('float big', lambda: Fraction(1e22))
for text in ['3/4', ' -1.5e2 ', '+7', '-0', '.5', '5.', '1_000/3', '-1.5E-2', '1e+3',
             '1_0.2_5e1_0', '  10/-4', '\t2/4\n', '3.1415926', '0.000']:
    show(repr(text), lambda: Fraction(text))
f = Fraction(22, 7)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, repr(f.conjugate()))
print(str(Fraction(3, 4)), str(Fraction(3)), str(Fraction(-3, 4)), format(Fraction(1, 2)), '%s' % Fraction(5, 10))
print(repr(Fraction.from_float(0.125)), repr(Fraction.from_float(3)), repr(Fraction(1, 3).limit_denominator()))
print(int(Fraction(7, 2)), int(Fraction(-7, 2)), float(Fraction(1, 3)), float(Fraction(10 ** 30 + 1, 3 * 10 ** 29)))
print(abs(Fraction(-3, 4)), -Fraction(1, 2), +Fraction(1, 2), bool(Fraction(0)), bool(Fraction(1, 9)))
for v in [Fraction(5, 2), Fraction(7, 2), Fraction(-5, 2), Fraction(-7, 2), Fraction(1, 3), Fraction(-2, 3)]:
    print(v, round(v), math.floor(v), math.ceil(v), math.trunc(v), repr(round(v, 1)),
          repr(round(v, 0)), repr(round(v * 1000, -2)))
print(repr(round(Fraction(25, 1000), 2)), repr(round(Fraction(35, 1000), 2)), repr(round(Fraction(12345, 7), -1)))
print(repr(Fraction(math.pi).limit_denominator(1000)), repr(Fraction(math.pi).limit_denominator(100)),
      repr(Fraction(3, 10).limit_denominator(5)), repr(Fraction('3.14159').limit_denominator(7)),
      repr(Fraction(-17, 12).limit_denominator(5)), repr(Fraction(1, 2).limit_denominator(1)))

class Half(Fraction):
    pass

h = Half(1, 2)
print(repr(h), type(h).__name__, isinstance(h, Fraction), type(h + 1).__name__, type(+h).__name__, h == Fraction(1, 2))
import copy
a = Fraction(3, 4)
print(copy.copy(a) is a, copy.deepcopy(a) == a)
