# shifts and bitwise operations on large and negative integers
x = (1 << 100) - 1
print(x, x.bit_length(), bin(x).count("1"))
print(x >> 90, x >> 100, x >> 1000, -x >> 99)
print(x & 0xffff, x ^ (1 << 99), x | (1 << 100))
print(-1 << 100, (-1 << 100) >> 98)
print(~x, ~x & 0xff)
print((1 << 200) >> 199, (3 << 65) >> 64)
m = 0xDEADBEEF << 64
print(hex(m), hex(m >> 60), hex(m & ((1 << 68) - 1)))
print(-(1 << 65) & ((1 << 70) - 1))
print((-12345678901234567890) >> 3, (-12345678901234567890) & 0xfff)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(0 >> 5, 0 << 100, 1 >> 1)
