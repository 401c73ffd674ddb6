# Fraction mixed with complex: arithmetic goes complex (or fails as complex does), == compares the real part
from fractions import Fraction as F
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
       ("divmod", divmod), ("**", lambda a, b: a ** b)]
for x, y in [(F(1, 2), 1j), (2 + 1j, F(1, 2)), (F(1, 2), 0.5 + 0j), (F(3, 4), 2j), (1j, F(2))]:
    for name, op in ops:
        try:
            print(repr(x), name, repr(y), "->", op(x, y))
        except TypeError as e:
            print(repr(x), name, repr(y), "->", type(e).__name__, e)
print(F(1, 2) == 0.5 + 0j, F(1, 2) == 0.5 + 1j, 0.5 + 0j == F(1, 2), F(1, 2) != 1j, F(2) == 2 + 0j)
try:
    F(1, 2) < 1j
except TypeError as e:
    print(type(e).__name__, e)
print(complex(F(1, 2)), F(1, 2).real, F(1, 2).imag, F(1, 2).conjugate())
print(F.__add__.__name__, F.__radd__.__name__, F.__rdivmod__.__name__, F.__truediv__.__name__)
try:
    F(1, 2) + "s"
except TypeError as e:
    print(type(e).__name__, e)
