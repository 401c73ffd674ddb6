# floats in puzzle output: round half even, repr shortest digits, sum vs fsum, formatting widths, fractions of totals
import math
from fractions import Fraction
from decimal import Decimal

print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675)], round(2.675, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 1), type(round(5.0)), type(round(5.0, 1)))
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 1e16, 1e15 + 0.3, 123456789.0 * 10, 1e-5, 0.0001, 1.5e300 * 1e10, -0.0)
print(repr(1.1), str(1.0), 3.0 * 1.1, 100.0 / 3, 2 ** 0.5, 10 ** -3, 7.0 // 2, 7.5 % 2, -7.5 % 2, -7.5 // 2)
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum(vals) == 1.0, math.isclose(sum(vals), 1.0), sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(sum([0.1, 0.2, 0.3], start=0.0), sum(range(10), 0.5), sum([Fraction(1, 3)] * 3), sum([Decimal("0.1")] * 3))
print(f"{math.pi:.3f} {math.pi:10.4f}| {math.pi:<10.2f}| {math.pi:^10.1f}| {math.e:+.2e} {1e6:g} {1e-7:g} {123456789.0:g} {0.00001234:.2g}")
print(f"{1234567.891:,.2f} {1234567.891:_.1f} {-0.0:.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {0.25:.1f} {0.35:.1f} {12.5:%} {0.1234:.1%}")
print(f"{float('inf'):>8} {float('-inf'):<8}| {float('nan'):^8}| {1e22:.0f} {2**0.5:.20f} {1/7:.15g} {5e-324:.3e}")
print("%.2f %5.1f %-8.3e| %g %G %08.3f %+d %x" % (2.345, 9.99, 12345.678, 1e-10, 1e20, -3.14159, 7, 255))
print(float("1_000.5"), float(" -12.5e-1 "), float("inf"), float("-nan") != float("nan"), float.fromhex("0x1.8p1"), (0.1).as_integer_ratio())
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), int(2.999), math.floor(2.0000000000000004), divmod(7.5, 2), divmod(-7.5, 2))
scores = {"alice": 87.456, "bob": 92.0, "carol": 78.25, "dave": 92.0, "eve": 100 / 3}
total = sum(scores.values())
print(f"{'name':<8}{'score':>8}{'share':>8}")
for name, s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name:<8}{s:>8.2f}{s / total:>8.1%}")
print(f"{'total':<8}{total:>8.2f}{'':>8}|", f"mean={total / len(scores):.4f}", f"median={sorted(scores.values())[len(scores) // 2]}")
print(Fraction(0.75), Fraction("3/4") + Fraction(1, 6), Fraction(1, 3) ** 2, float(Fraction(22, 7)), Fraction(math.pi).limit_denominator(1000))
print(Decimal("1.10") + Decimal("2.205"), Decimal(1) / Decimal(7), Decimal("2.675").quantize(Decimal("0.01")), round(Decimal("2.5")), round(Decimal("3.5")))
print(math.isqrt(99), math.sqrt(99), 99 ** 0.5, math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.hypot(1, 2, 2), math.prod([0.5, 4, 3]))
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10), 0.1 + 0.7, 4.35 * 100, int(4.35 * 100), round(4.35 * 100))
print(sorted([3.0, 1, 2.5, -0.0, 0, True, False]), max(1, 1.0), max(1.0, 1), min([2, 2.0]), 1 == 1.0, hash(1.0) == hash(1), {1: "a", 1.0: "b"})
