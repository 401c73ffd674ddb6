# augmented bitwise assignment
x = 0b1111
x &= 0b1010; print(x, bin(x))
x |= 0b0101; print(x, bin(x))
x ^= 0b0011; print(x, bin(x))
x <<= 3; print(x)
x >>= 2; print(x)
x <<= 70; print(x)
x >>= 69; print(x)
y = -1
y &= 0xff; print(y)
y ^= -1; print(y)
y >>= 4; print(y)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags))
flags &= ~(1 << 3)
print(flags, bin(flags))
