# Factorial of 10000 by repeated multiplication: big integer multiply, modulo, shifts.
import sys


def factorial(n):
    r = 1
    k = 2
    while k <= n:
        r *= k
        k += 1
    return r


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
reps = 50
bits = 0
mods = 0
for i in range(reps):
    f = factorial(n + i)
    bits += f.bit_length()
    mods = (mods * 31 + f % 1000000007) % 1000000009
# hex has no digit limit (str() of a 35,000-digit int is refused by CPython 3.11).
h = hex(f)
print("checksum", bits, mods, h[:18], len(h), (f >> 40000) & 0xFFFFFFFF)
