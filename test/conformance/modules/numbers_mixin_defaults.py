# numbers: the concrete methods the ABCs give subclasses (divmod, complex, real/imag/conjugate, float of a Rational, Integral's index)
import numbers

class R(numbers.Real):
    def __init__(self, v): self.v = v
    def __repr__(self): return 'R(%r)' % self.v
    def __float__(self): return float(self.v)
    def __floordiv__(self, o): return ('fd', self.v, o)
    def __rfloordiv__(self, o): return ('rfd', o, self.v)
    def __mod__(self, o): return ('mod', self.v, o)
    def __rmod__(self, o): return ('rmod', o, self.v)
    def __pos__(self): return R(+self.v)
    def __neg__(self): return R(-self.v)
    __add__ = __radd__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = lambda s, o: NotImplemented
    __pow__ = __rpow__ = __lt__ = __le__ = __eq__ = lambda s, o: NotImplemented
    def __abs__(self): return R(abs(self.v))
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v)
    def __ceil__(self): return int(self.v)
    def __round__(self, n=None): return round(self.v, n)

r = R(7.5)
print(divmod(r, 2), divmod(3, r), r.__divmod__(4), r.__rdivmod__(5))
print(complex(r), r.real, r.imag, r.conjugate(), numbers.Real.conjugate.__doc__ is not None)

class Q:
    def __init__(self, n, d): self._n, self._d = n, d
    numerator = property(lambda s: s._n)
    denominator = property(lambda s: s._d)
for n, d in [(1, 3), (10**400 + 1, 10**399), (-7, 2), (True, 4)]:
    print(numbers.Rational.__float__(Q(n, d)))
class I:
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pos__(self): return 'pos%d' % self.v
i = I(12)
print(numbers.Integral.__index__(i), numbers.Integral.__float__(i), numbers.Integral.numerator.fget(i), numbers.Integral.denominator.fget(i))
try:
    numbers.Real.__floor__(r)
except NotImplementedError as e:
    print('NotImplementedError', e)
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Rational.__abstractmethods__))
