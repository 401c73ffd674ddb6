# Big-integer number crunching: pi and e to hundreds of digits (Machin's formula and a spigot),
# sqrt(2) by integer Newton iteration, Fibonacci by fast doubling, factorial digit sums,
# modular exponentiation and a Miller-Rabin test, continued fractions, digit statistics.
from collections import Counter
import math


def arctan_inv(x, digits):
    scale = 10 ** (digits + 10)
    total = term = scale // x
    x2 = x * x
    n, sign = 3, -1
    while term:
        term //= x2
        total += sign * (term // n)
        n += 2
        sign = -sign
    return total


def pi_digits(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return str(pi // 10 ** 10)


def e_digits(digits):
    scale = 10 ** (digits + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)


def isqrt_newton(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def spigot_pi(n):
    out = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))


P = pi_digits(300)
print("pi =", P[0] + "." + P[1:61])
for i in range(61, 301, 60):
    print("     ", P[i:i + 60])
print("spigot agrees:", spigot_pi(120) == P[:120])
E = e_digits(200)
print("e  =", E[0] + "." + E[1:71])
print("digit counts in pi:", sorted(Counter(P[1:]).items()))
print("first '999':", P.find("999"), " '2718' in pi:", "2718" in P)
two = 2 * 10 ** 200
root = isqrt_newton(two)
print("sqrt2 =", str(root)[0] + "." + str(root)[1:51], root == math.isqrt(two))
f1000, f1001 = fib_pair(1000)
print("F(1000) has", len(str(f1000)), "digits; ends", str(f1000)[-10:], "; ratio", str(f1001 * 10 ** 30 // f1000)[:25])
fact = math.factorial(500)
print("500! digits:", len(str(fact)), "digit sum:", sum(map(int, str(fact))), "trailing zeros:", len(str(fact)) - len(str(fact).rstrip("0")))
mersenne = [p for p in range(2, 130) if is_probable_prime(p) and is_probable_prime(2 ** p - 1)]
print("Mersenne exponents < 130:", mersenne)
print("pow checks:", pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, -1, 97), pow(12345678901234567890, 98765, 2 ** 64 - 59))
big = 2 ** 521 - 1
print("M521 prime:", is_probable_prime(big), " bits:", big.bit_length(), " hex tail:", hex(big)[-8:])
carmichael = [n for n in range(3, 3000, 2) if not is_probable_prime(n) and all(pow(a, n - 1, n) == 1 for a in range(2, 6) if math.gcd(a, n) == 1)]
print("Fermat liars (bases 2-5) < 3000:", carmichael)


def cont_frac(num, den, limit=20):
    out = []
    while den and len(out) < limit:
        q, r = divmod(num, den)
        out.append(q)
        num, den = den, r
    return out


print("cf(pi) =", cont_frac(int(P[:40]), 10 ** 39, 12))
print("cf(sqrt2) =", cont_frac(root, 10 ** 100, 10), "cf(415/93) =", cont_frac(415, 93))
print(f"{10**30 // 7:,}", f"{-2**70:_x}", int(str(2 ** 200)[::-1]) % 1000003, (10 ** 50 + 1) // -3, -(10 ** 50) % 7)
print(math.comb(100, 50), math.perm(20, 10), math.lcm(*range(1, 31)), math.gcd(2 ** 100, 6 ** 50))
