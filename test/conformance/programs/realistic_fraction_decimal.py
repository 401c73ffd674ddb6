# exact matrix algebra with Fraction (determinant, inverse, Hilbert) and Decimal money arithmetic, contexts and rounding
from fractions import Fraction as F
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
import decimal

def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def det(m):
    m = [row[:] for row in m]
    n = len(m); d = F(1)
    for c in range(n):
        p = next((r for r in range(c, n) if m[r][c] != 0), None)
        if p is None:
            return F(0)
        if p != c:
            m[c], m[p] = m[p], m[c]; d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    return d

def inverse(m):
    n = len(m)
    aug = [list(map(F, row)) + [F(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(aug[r][c]))
        aug[c], aug[p] = aug[p], aug[c]
        pv = aug[c][c]
        aug[c] = [x / pv for x in aug[c]]
        for r in range(n):
            if r != c:
                f = aug[r][c]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
    return [row[n:] for row in aug]

def show(m):
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(f"{str(x):>{w}}" for x in row) + "]")

A = [[F(2), F(1), F(1)], [F(1), F(3), F(2)], [F(1), F(0), F(0)]]
print("det", det(A))
Ai = inverse(A)
show(Ai)
show(mat_mul(A, Ai))
h = [[F(1, i + j + 1) for j in range(4)] for i in range(4)]
print("hilbert det", det(h), float(det(h)))
show(inverse(h))
x = F(3, 4)
print(x + 1, x * x, x ** 2, x ** -2, x / F(1, 3), -x, abs(-x), x // F(1, 5), x % F(1, 5))
print(F("1.25"), F("-3/9"), F(0.1), F(0.1).limit_denominator(100), F(1e-3).limit_denominator())
print(round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 3), math_floor := __import__("math").floor(F(-7, 2)))
print(F(1, 3) == 1 / 3, F(1, 2) == 0.5, F(1, 3) < 0.34, hash(F(1, 2)) == hash(0.5), float(F(1, 3)))
print(repr(F(6, -4)), str(F(6, 3)), F(6, 3).numerator, F(6, 4).as_integer_ratio())
print(f"{F(1, 3):}", format(F(1, 3)), sum([F(1, n) for n in range(1, 8)]))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F("abc")
except ValueError as e:
    print("ValueError:", e)

getcontext().prec = 28
print(D("0.1") + D("0.2"), D(1) / D(7), D("1.10") * 3, D(0.1))
print(D("123.456").quantize(D("0.01")), D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP),
      D("2.675").quantize(D("1"), rounding=ROUND_DOWN))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D(2).sqrt(), D("1234567.89") + 0)
print(D(2).sqrt(), D(10).ln() if hasattr(D, "ln") else None, D("1e-3").exp())
print(D("-0"), D("1.500").normalize(), D("100").normalize(), D("NaN"), D("-Infinity"), D("1E+2") + 0)
print(D("3.14159").as_tuple(), D("1.5").to_integral_value(), D("2.5").to_integral_value(), int(D("-3.9")))
print(sorted([D("1.1"), D("0.9"), D("1.10"), D(1)]), max(D("2"), D("2.0")), D("7") // D("-2"), D("7") % D("-2"))
print(f"{D('1234.5'):,.2f} {D('0.000123'):.2e} {D('12.5'):>10} {D('1.23456789'):.3}")
try:
    D(1) / D(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__, e)
try:
    D("x1")
except InvalidOperation as e:
    print("InvalidOperation", e)
items = [("widget", D("19.99"), 3), ("gadget", D("5.25"), 10), ("gizmo", D("0.10"), 7)]
tot = D(0)
for name, price, qty in items:
    line = price * qty
    tot += line
    print(f"{name:<8}{price:>8}{qty:>4}{line:>10}")
tax = (tot * D("0.0825")).quantize(D("0.01"), ROUND_HALF_UP)
print(f"{'tax':<20}{tax:>10}\n{'total':<20}{tot + tax:>10}")
