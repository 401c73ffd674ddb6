# integer literals: decimal, hex, octal, binary, underscores, big and negative
print(0, 7, 123456789)
print(0x1f, 0XFF, 0o17, 0O777, 0b1011, 0B0)
print(1_000_000, 0x_ff_ff, 0b_1010_1010, 0o_7_7)
print(-0, -5, - 5, +7, -(-3))
print(12345678901234567890123456789)
print(0xDEADBEEFCAFEBABE1234)
print(-0b1111, -0o10, -0x10)
print(type(10).__name__, type(0x10).__name__)
x = 0
y = 00
print(x, y, x == y)
print(1_2_3 + 4_5)
big = 9999999999999999999999
print(big + 1)
print(big * big)
print(0x7fffffffffffffff, 0x7fffffffffffffff + 1)
print(-0x8000000000000000, -0x8000000000000000 - 1)
print(2147483647 + 1, -2147483648 - 1)
