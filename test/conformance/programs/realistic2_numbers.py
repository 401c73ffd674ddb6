# Number formatting: format(), round half even, float repr, Decimal and Fraction arithmetic, int bases, divmod, math, complex
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
from fractions import Fraction
import math
import cmath
import sys

print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5)], round(2.675, 2), round(1.005, 2), round(-2.5), round(1234.5678, -2), round(15, -1), round(25, -1))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789012345678.0, 1.0, -0.0, 1e22, 1e21 * 10, 5e-324, sys.float_info.max)
print(repr(0.1), str(1e100), float("inf"), -float("inf"), float("nan"), float("  -12.5e3 "), float("1_000.5"), 2.0 ** 0.5)
print(format(1234.5678, ".2f"), format(1234.5678, ",.1f"), format(0.000123, ".2e"), format(123456, "e"), format(1.5, "g"), format(1e20, "g"), format(1e-7, "g"))
print(format(12, "08.3f"), format(-12, "+"), format(3.0, ""), format(3.0, "g"), format(100.0, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(42, "x"), format(42, "X"), format(42, "#o"), format(42, "b"), format(-42, "#x"), format(1234567, "_"), format(0xdeadbeef, "_x"), format(42, "c"))
print(f"{math.pi:10.4f}|{math.pi:<10.2e}|{math.pi:^+12.3g}|{-math.pi:012.5f}|{1e300*10:f}|{float('nan'):5}|{12345.6789:,.2f}|{0.1:.20f}")
print(f"{1/7:.15g} {2**0.5:.17g} {1e15:.0f} {123.456:.1g} {123.456:.5g} {1e-4:.3g} {0.0001234:g} {12345678.9:g}")
print(int("ff", 16), int("0b1010", 0), int("0o17", 8), int("z", 36), int(" 42 "), int("1_000"), int(-3.9), int(True), bin(-10), oct(64), hex(-255))
for bad in ("12.5", "0x", "", "1__0"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2), -7 // 2, -7 % 2, 7 % -3, -7.0 % 3, math.fmod(-7, 3))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -1 >> 3, (255).bit_length(), (-255).bit_length(), (10).bit_count(), (1024).to_bytes(2, "big"), int.from_bytes(b"\x00\x10", "little"), (-1).to_bytes(2, "big", signed=True))
print(2 ** 100, 2 ** -2, (-2) ** 3, (-8) ** (1/3), pow(3, 4, 5), pow(3, -1, 7), 10 ** 20 // 3, 7 / 2, 8 / 2, 0 ** 0, abs(-3), abs(-3.5))
print(math.sqrt(16), math.isqrt(17), math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.copysign(3, -0.0), math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.log(8, 2), math.log10(1000), math.log2(1024), round(math.exp(1), 10), round(math.sin(math.pi / 6), 10), math.degrees(math.pi), math.radians(180), math.inf > 1e308, math.isnan(math.nan))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: 1 / 0, lambda: 1 % 0, lambda: 2.0 ** 10000, lambda: math.exp(1000), lambda: int(float("inf")), lambda: int(float("nan"))):
    try:
        bad()
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal(10) / Decimal(3), Decimal("7").sqrt(), Decimal("2.50").quantize(Decimal("0.1")))
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("-2.5").to_integral_value(), round(Decimal("2.5")), round(Decimal("3.14159"), 3), Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize())
print(repr(Decimal("3.0")), Decimal("-0"), Decimal("NaN"), Decimal("Infinity"), Decimal("12.300").as_tuple(), Decimal(3).is_finite(), Decimal("1.23E-7"), str(Decimal("0.000001")), Decimal("0.0000001"))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3)
getcontext().prec = 50
print(Decimal(1) / Decimal(7))
getcontext().prec = 28
for bad in (lambda: Decimal(1) / 0, lambda: Decimal("abc"), lambda: Decimal("-1").sqrt(), lambda: Decimal(1) + 1.5, lambda: Decimal(0) / 0):
    try:
        bad()
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(type(e).__name__ + ":", repr(e) if not isinstance(e, TypeError) else e)
print(Fraction(3, 4) + Fraction(1, 6), Fraction(1, 3) * 3, Fraction("0.125"), Fraction(0.5), Fraction(0.1).limit_denominator(100), Fraction(-6, 4), repr(Fraction(2, 4)))
print(Fraction(7, 3) // 1, Fraction(7, 3) % 1, divmod(Fraction(7, 3), Fraction(1, 2)), Fraction(2, 3) ** 2, Fraction(4, 9) ** 0.5, float(Fraction(1, 3)), round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, Fraction(3, 1) == 3, hash(Fraction(1, 2)) == hash(0.5), Fraction(1, 2) + 0.25, Fraction(1, 2) + Decimal if False else "", Fraction(22, 7).as_integer_ratio(), math.floor(Fraction(-7, 2)))
for bad in (lambda: Fraction(1, 0), lambda: Fraction("x/y"), lambda: Fraction(1, 2) + Decimal("0.5")):
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
z = complex(3, 4)
print(z, abs(z), z.conjugate(), z * 1j, z / 2, z ** 2, (1 + 2j) / (3 - 4j), complex("1+2j"), 1j ** 2, -1j, 0j, complex(-0.0, -0.0), repr(complex(1, float("nan"))))
print(cmath.sqrt(-1), cmath.phase(-1), round(cmath.polar(1j)[1], 10), cmath.exp(0), z.real, z.imag, f"{z:.2f}", format(1 + 1j, ">12"), (2 + 0j) == 2)
try:
    z < 1
except TypeError as e:
    print("TypeError:", e)
print((0.1).as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (3.5).hex(), 1.7976931348623157e308 * 2, int(1e20), 10 ** 16 + 0.0, float(2 ** 63), 1 / 3 * 3 == 1)
print(sum(range(101)), sum([1.5, 2.5], 10), max(3, 7.5, -2), min([], default="empty"), round(7 / 3, 3), 1_000_000 * 3, 0xFF + 0o17 + 0b11, 7 .__truediv__(2), (5).__rpow__(2))
