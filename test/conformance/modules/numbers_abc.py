# numbers: the ABC tower, int/bool/float/Fraction registered, abstract methods, concrete defaults of a subclass
import numbers
from fractions import Fraction

print(numbers.__all__)
values = [1, True, 2.5, Fraction(1, 3), 'x', None, [1]]
for v in values:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
for c in (int, bool, float, Fraction, str):
    print(c.__name__, [issubclass(c, k) for k in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(c.__name__, [b.__name__ for b in c.__mro__], sorted(c.__abstractmethods__))
print(numbers.Number.__hash__, type(numbers.Number()).__name__)
for c in (numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, str(e)[:60])


class MyInt(numbers.Integral):
    """A minimal Integral over an int, to exercise the ABCs' concrete methods."""

    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return 'MyInt(%d)' % self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __pow__(self, o, m=None): return MyInt(pow(self.v, int(o), m))
    def __rpow__(self, o): return MyInt(int(o) ** self.v)
    def __eq__(self, o): return self.v == int(o)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)


m = MyInt(7)
print(m, m - 2, 10 - m, divmod(m, 2), divmod(20, m), float(m), m.numerator, m.denominator, m.real, m.imag, m.conjugate())
print(bool(m), bool(MyInt(0)), [10, 20, 30, 40, 50, 60, 70, 80][MyInt(3)], MyInt(3).__index__(), isinstance(m, numbers.Real))
try:
    hash(m)
except TypeError as e:
    print(type(e).__name__, e)


class Half(numbers.Rational):
    numerator = 1
    denominator = 2
    __abs__ = __add__ = __radd__ = __neg__ = __pos__ = __mul__ = __rmul__ = None
    __truediv__ = __rtruediv__ = __pow__ = __rpow__ = __eq__ = __lt__ = __le__ = None
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __trunc__ = __floor__ = __ceil__ = __round__ = None


print(float(Half()), numbers.Rational.__float__(Fraction(3, 4)), numbers.Integral.__float__(5))


class Registered:
    pass


numbers.Real.register(Registered)
print(isinstance(Registered(), numbers.Complex), isinstance(Registered(), numbers.Rational), issubclass(Registered, numbers.Number))

# complex is a Complex number, not a Real one.
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(2.5 + 0j, numbers.Number))
print(issubclass(complex, numbers.Complex), issubclass(complex, numbers.Integral))
