# complex as a base class, the __complex__ protocol, and the TypeErrors of int()/float()/math on complex
import math
class C(complex):
    def __repr__(self):
        return 'C' + super().__repr__()
c = C(1, 2)
print(c, type(c).__name__, isinstance(c, complex), c.real, c.imag, c == 1 + 2j, hash(c) == hash(1 + 2j))
print(c + 1, type(c + 1).__name__, -c, type(-c).__name__, +c, type(+c).__name__, abs(c))
print(complex(c), type(complex(c)).__name__, c.conjugate(), type(c.conjugate()).__name__, format(c, ''), f'{c}')
print(C(), C('3-4j'), C(c), type(C(1j)).__name__, C.__mro__)
class M(complex):
    def __add__(self, other):
        return 'M.__add__'
    def __radd__(self, other):
        return 'M.__radd__'
print(M(1) + 1, 1 + M(1), 1j + M(1), 2.5 + M(1))
c.tag = 'attr'
print(c.tag, vars(c))
class P:
    def __init__(self, z): self.z = z
    def __complex__(self): return self.z
print(complex(P(5j)), complex(P(-1 - 1j)), complex(P(2j), 1))
try:
    complex(P(5))
except TypeError as e:
    print(type(e).__name__, e)
for f in [lambda: int(1j), lambda: float(1j), lambda: math.sqrt(1j), lambda: math.floor(1j), lambda: math.trunc(1j),
          lambda: math.isclose(1j, 1), lambda: math.fsum([1j]), lambda: math.hypot(1j), lambda: math.factorial(1j),
          lambda: [1, 2][int(1j)], lambda: range(1j), lambda: complex.__new__(int, 5), lambda: (1j).conjugate(1)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(complex.__new__(C, 5), type(complex.__new__(C, 5)).__name__)
