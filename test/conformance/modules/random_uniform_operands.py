# random.uniform(a, b) is a + (b - a) * random(): Fractions, float subclasses and complex go through
# their own operators, Decimals/str/None fail with the operator error (no draw); textwrap.dedent of a non-str
import random, textwrap
from fractions import Fraction
from decimal import Decimal
class F(float):
    def __sub__(self, o): return F(float(self) - o - 1)
    def __rsub__(self, o): return F(o - float(self) + 1)
random.seed(5)
for a, b in [(1, 2), (True, 3), (2.5, -1), (10**30, 10**30 + 5), (Fraction(1, 3), Fraction(2, 3)), (Fraction(1), 2), (F(1), 3), (1, F(3)), (0, 0)]:
    r = random.uniform(a, b)
    print(type(r).__name__, round(r, 9))
for a, b in [("a", 1), (1, "b"), (Decimal(1), Decimal(2)), (None, 1), (1j, 2j), ([1], [2])]:
    try:
        print(random.uniform(a, b))
    except TypeError as e:
        print("TypeError:", e)
print(random.random())
r = random.Random(3)
print(r.uniform(Fraction(1, 2), 1), r.uniform(1, 2))
for bad in [None, 5, b"  x\n  y", ["a"]]:
    try:
        textwrap.dedent(bad)
    except TypeError as e:
        print("TypeError:", e)
print(repr(textwrap.dedent("  a\n \n  b\n")), repr(textwrap.dedent("\t x\n\t y")))
