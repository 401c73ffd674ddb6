# Project-Euler-style big integers: digit sums, factorials, long Fibonacci, pow with modulus, self powers
import math
from functools import reduce

print("E16", sum(map(int, str(2 ** 1000))))
print("E20", sum(int(d) for d in str(math.factorial(100))))
a, b, n = 1, 1, 2
while len(str(b)) < 1000:
    a, b, n = b, a + b, n + 1
print("E25", n, str(b)[:20], len(str(b)))
print("E48", str(sum(pow(i, i, 10 ** 10) for i in range(1, 1001)) % 10 ** 10).zfill(10))
print("E48b", sum(i ** i for i in range(1, 1001)) % 10 ** 10)
print("E97", (28433 * pow(2, 7830457, 10 ** 10) + 1) % 10 ** 10)
print("E56", max(sum(map(int, str(a ** b))) for a in range(90, 100) for b in range(90, 100)))
print("E13-ish", str(sum(int(str(7 ** k)[:50].ljust(50, "0")) for k in range(100, 200)))[:10])
print("E55", sum(1 for n in range(1, 3000) if all((s := n + int(str(n)[::-1]) if i == 0 else s + int(str(s)[::-1])) != int(str(s)[::-1]) for i in range(50))))


def lychrel(n, limit=50):
    s = n
    for _ in range(limit):
        s += int(str(s)[::-1])
        if str(s) == str(s)[::-1]:
            return False
    return True


print("E55b", sum(lychrel(n) for n in range(10000)))
f = math.factorial(50)
print(f, f.bit_length(), len(str(f)), str(f).count("0"), len(str(f)) - len(str(f).rstrip("0")))
print(math.comb(100, 50), math.perm(20, 5), math.comb(40, 20) // math.comb(39, 19))
big = 3 ** 200
print(divmod(big, 10 ** 40), big % 97, -big // 10 ** 90, -big % 10 ** 5)
print(pow(3, -1, 11), pow(2, 10 ** 18, 1_000_000_007), pow(7, 0, 1), pow(-3, 5, 7))
print(hex(2 ** 100), oct(-(3 ** 30)), bin(255 << 40)[-12:], int("z" * 20, 36))
print(reduce(math.gcd, [2 ** 40 * 3, 2 ** 35 * 9, 2 ** 50 * 27]), math.isqrt(10 ** 50 + 12345), math.isqrt(2 ** 127 - 1))
print(int.from_bytes(b"\x01\x00\xff", "big"), (1000).to_bytes(4, "little"), (2 ** 64 - 1).to_bytes(8, "big", signed=False).hex())
print((-5).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfb", "big", signed=True))
print(f"{2 ** 64:,}", f"{-(10 ** 20):_}", f"{2 ** 70:e}", f"{10 ** 30:.3g}", f"{12345678901234567890:>30}")
digits = [int(c) for c in str(math.factorial(30))]
print(digits, sum(digits), max(digits), digits.count(0))
