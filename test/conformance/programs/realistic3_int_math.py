# Integer and float number theory: math functions, big ints, float internals, rounding.
import math
import sys

print(math.comb(52, 5), math.perm(10, 3), math.perm(5), math.isqrt(10**40 + 12345), math.factorial(25))
print(math.gcd(462, 1071, 21), math.gcd(), math.lcm(4, 6, 10), math.lcm(), math.gcd(-12, 18), math.lcm(-4, 6))
print(math.prod(range(1, 11)), math.prod([1.5, 2]), math.prod([], start=7), math.dist((0, 0), (3, 4)))
print(pow(3, 200, 1000007), pow(3, -1, 11), pow(38, -1, 97), pow(2, 0, 1), pow(-3, 3), pow(2, -2), pow(-8, 1/3).__class__.__name__)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.comb(5, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.isqrt(-4)
except ValueError as e:
    print("ValueError:", e)
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (7.5, 2), (-7.5, 2), (10**20 + 1, 7)]:
    print(f"divmod({a}, {b}) = {divmod(a, b)}  {a} // {b} = {a // b}  {a} % {b} = {a % b}  fmod={math.fmod(a, b)}")
for n in (0, 1, 255, 256, -1, -256, 2**100, 12345678901234567890):
    print(n, n.bit_length(), n.bit_count(), bin(n)[:20], hex(n), oct(n)[:12])
for s in ("0b101", "0o17", "0x_ff", "1_000", "  42 ", "-0", "0"):
    print(repr(s), int(s, 0))
print(int("zz", 36), int("101", 2), int("-ff", 16), int("٣٤"), int(" +7 "), int(3.99), int(-3.99), int(True))
for bad in ("08", "1__0", "0x", "", "1e3"):
    try:
        int(bad, 0)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
big = 2**521 - 1
print(len(str(big)), str(big)[:20], str(big)[-10:], big % 1000000007, big.bit_length())
print(3**100, -(7**50), 10**30 // 7, (10**30) % 97, -(10**30) // 7)
print(math.isqrt(big) ** 2 <= big < (math.isqrt(big) + 1) ** 2)
for x in (0.1, 1.0, -2.5, 1e-310, 3.141592653589793, float("inf")):
    print(x.hex(), x.as_integer_ratio() if math.isfinite(x) else "n/a", x.is_integer(), float.fromhex(x.hex()) == x)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), (0.5).as_integer_ratio(), (10.0).is_integer())
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e300):
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
print(round(1234567, -3), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), type(round(2.5)).__name__)
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2**60 + 0.0), math.copysign(3, -0.0), math.modf(-3.25))
print(math.frexp(40.0), math.ldexp(0.625, 6), math.nextafter(1.0, 2.0), math.ulp(1.0), math.remainder(10, 4))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.maxsize, sys.int_info.bits_per_digit)
print(1e308 * 10, -1e308 * 10, float("1e-400"), 2.0 ** -1074, 5e-324 / 2)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(10**400 // 10**398, (10**400) / (10**399), 10**20 / 3, 2**63 * 1.0, int(1e20), int(-1e19))
try:
    sys.set_int_max_str_digits(5000)
    print(len(str(10**4999)))
    str(10**5000)
except ValueError as e:
    print("ValueError:", e)


def primes(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, f in enumerate(sieve) if f]


ps = primes(200)
print(len(ps), ps[-5:], sum(ps))
print("perfect:", [n for n in range(2, 10000) if sum(d for d in range(1, math.isqrt(n) + 1) if n % d == 0 for d in {d, n // d}) - n == n])
fib = [0, 1]
while len(fib) < 100:
    fib.append(fib[-1] + fib[-2])
print(fib[99], math.gcd(fib[99], fib[98]), fib[99] % 10**9, str(fib[99])[::-1])
print(abs(-7), abs(-7.5), abs(3 + 4j), (-7).__abs__(), (5).conjugate(), (5).numerator, (5).denominator, (5).real, (5).imag)
print(True + True, True * 10, -True, ~True, ~5, 5 ^ 3, 5 & -2, -5 >> 1, 1 << 70, -1 >> 100)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
