# fractions.Fraction is built in __new__ (as CPython): subclasses with their own __new__, copy/pickle, argument errors name __new__
from fractions import Fraction
import copy, pickle
class Money(Fraction):
    def __repr__(self): return 'Money(%s)' % self
m = Money(3, 4)
print(m, repr(m), type(m).__name__, type(m + 1).__name__, Money('1.5'), Money(Fraction(1, 3)).denominator)
class Tagged(Fraction):
    def __new__(cls, value, tag):
        self = super().__new__(cls, value)
        self.tag = tag
        return self
t = Tagged('2/3', 'x'); print(t, t.tag, t.numerator)
print(Fraction.__new__(Fraction, 5, 10), copy.copy(m), copy.deepcopy(Fraction(1, 7)), pickle.loads(pickle.dumps(Fraction(5, 3))))
try: Fraction(1, 2, 3)
except TypeError as e: print(e)
try: Fraction(numerator=1, denominator=2, extra=3)
except TypeError as e: print(e)
print(Fraction(numerator=3, denominator=6), Fraction(1, 3) == Fraction.from_float(1/3), Fraction.from_float(0.25), Fraction.from_decimal(__import__('decimal').Decimal('1.1')))
