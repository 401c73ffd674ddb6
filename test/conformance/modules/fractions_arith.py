# Fraction arithmetic with ints, floats and Fractions; comparisons and hashing.
from fractions import Fraction as F

a, b = F(3, 4), F(5, 6)
pairs = [(a, b), (a, 2), (2, a), (a, 0.5), (0.5, a), (a, True), (-a, 3), (a, -b), (F(-7, 3), F(2, 5)), (7, F(-2, 3))]
for x, y in pairs:
    print(repr(x), repr(y))
    print('  +', repr(x + y), ' -', repr(x - y), ' *', repr(x * y), ' /', repr(x / y))
    print('  //', repr(x // y), ' %', repr(x % y), ' divmod', repr(divmod(x, y)))
print(repr(a ** 2), repr(a ** -2), repr((-a) ** -3), repr((-a) ** 3), repr(a ** 0), repr(F(0) ** 5))
print(a ** 0.5, a ** F(1, 2), 2 ** F(3), type(2 ** F(3)).__name__, repr(2 ** F(-2)), repr(F(1, 2) ** F(-2)))
print(2.0 ** F(1, 2), 4 ** F(1, 2), repr(F(2) ** F(3)), 2.5 ** F(2), F(9, 4) ** 0.5)
x = F(1, 3)
x += 1
x *= F(3, 2)
x -= 0.5
print(repr(x))
print(sum([F(1, 2), F(1, 3), F(1, 6)]), sum([F(1, 10)] * 10), sum([F(1, 2), 0.25]))

# comparisons
print(a == 0.75, a == F(6, 8), F(2) == 2, 2 == F(2), F(1, 2) == 0.5, 0.5 == F(1, 2), a == 1, a != b, a != 'x', a == 'x')
print(a < b, a <= 1, a > 0.7, 1 > a, 0.8 >= a, b > a, F(-1) < 0, 0 < F(1, 10 ** 20))
nan, inf = float('nan'), float('inf')
print(F(1) == nan, F(1) < nan, F(1) > nan, F(1) < inf, F(1) > -inf, F(10 ** 400) < inf, F(1) == inf)
print(sorted([F(1, 2), 0.3, 1, F(1, 3), -2, F(-5, 2)]), max(F(1, 2), 0.4), min(1, F(3, 2)))

# hashing agrees with int and float equality
for v, w in [(F(1, 2), 0.5), (F(3), 3), (F(-1), -1), (F(0), 0), (F(-3, 4), -0.75), (F(5, 1024), 5 / 1024), (F(2 ** 70), 2 ** 70)]:
    print(repr(v), hash(v) == hash(w), hash(v))
print(hash(F(1, 3)), hash(F(-5, 7)), hash(F(2 ** 70, 3)), hash(F(1, 2 ** 61 - 1)), hash(F(-1, 2 ** 61 - 1)))
d = {F(1, 2): 'half', 1: 'one'}
print(d[0.5], d[F(1)], F(2, 4) in d, len({F(1), 1, 1.0, True}), len({F(1, 2), 0.5}))
