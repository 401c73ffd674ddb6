# &, | and ^ on ints past 32 bits (the split fast path) and past 2**53 (BigInt) agree with CPython.
import random
r = random.Random(5)
vals = [0, 1, -1, 2**31 - 1, -2**31, 2**31, 2**32 - 1, 2**32, -2**32, 2**53 - 1, -(2**53 - 1), 2**52, -2**52, 12345678901234, -98765432109876]
for _ in range(300):
    vals.append(r.randint(-2**53 + 1, 2**53 - 1))
    vals.append(r.randint(-2**35, 2**35))
h = 0
for a in vals:
    for b in vals[:40]:
        h = (h * 31 + (a & b) + 3 * (a | b) + 7 * (a ^ b)) % 1000000007
print(h, (2**52 | 1) ^ -5, -2**40 & 2**40 - 1, (2**53 - 1) | -(2**53 - 1))
print(2**60 ^ 3, -(2**70) | 5, (2**64 + 7) & (2**53 + 5))
