# Fraction() of a class registered as numbers.Rational keeps its numerator object.
import numbers
from fractions import Fraction as F
class CustomValue:
    denominator = 1
    def __init__(self, value): self.value = value
    def __bool__(self): return bool(self.value)
    @property
    def numerator(self): return self
    def __eq__(self, other): raise AssertionError("no comparisons")
    __lt__ = __eq__
    def __repr__(self): return 'CV(%r)' % self.value
numbers.Rational.register(CustomValue)
for v in (1, 0):
    n = CustomValue(v)
    r = F(n)
    print(r.numerator is n, bool(r), r.denominator)
class R2:
    numerator = 6
    denominator = 4
numbers.Rational.register(R2)
print(F(R2()).numerator, F(R2()).denominator)
try:
    F(object())
except TypeError as e:
    print(e)
