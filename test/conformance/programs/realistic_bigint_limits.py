# big integers: the 4300-digit str limit, set_int_max_str_digits, bit ops, bases, hashes
import sys, math
x = 7 ** 5000
try:
    print(len(str(x)))
except ValueError as e:
    print("ValueError:", e)
print(len(hex(x)), x.bit_length(), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(x)), str(x)[:20])
sys.set_int_max_str_digits(5000)
try:
    int("1" * 5001)
except ValueError as e:
    print("ValueError:", e)
print(f"{x:,}"[:30] if False else "", math.factorial(1000) % 10**12, sum(map(int, str(math.factorial(500)))))
print(2**1000 // 3**500, (-2)**999 % 1000007, pow(3, 10**18, 10**9 + 7), math.isqrt(10**200), (10**50 + 1) * (10**50 - 1) == 10**100 - 1)
print(divmod(-10**30, 7), -10**30 // 7, -10**30 % 7, 10**30 / 7, int(1e30), float(10**30), 10**30 == 1e30, 2**53 + 1 == float(2**53 + 1))
print(round(10**30 / 3), round(-2.5e20), hash(10**30) , hash(-1), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print((2**64).to_bytes(9, "big"), int.from_bytes(b"\x80" + b"\x00" * 10, "big", signed=True), (-1).to_bytes(3, "little", signed=True), (255).bit_count())
print(format(2**100, "x"), format(2**100, "o")[:10], format(-2**70, "b")[:12], format(10**25, "e"), format(10**25, ".3g"), format(2**80, ","), format(2**80, "_x"))
print(int("z" * 10, 36), int("-0x" + "f" * 20, 16), 10**25 >> 3, 1 << 100, ~(2**70), (2**70) & (2**69 + 5), (2**70) | 1, (2**70) ^ (2**70 - 1))
print(math.gcd(2**100, 6**40), math.lcm(2**40, 3**20), math.comb(100, 50), math.perm(30, 10), math.prod(range(1, 30)))
