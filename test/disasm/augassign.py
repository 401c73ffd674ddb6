x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 2
x **= 2
x <<= 1
x >>= 1
x &= 1
x |= 1
x ^= 1
x @= m
o.a += 1
o[k] += 1
o[1:2] += [1]
def f():
    y = 0
    y += 1
    return y
