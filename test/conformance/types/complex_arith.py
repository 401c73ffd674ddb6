# complex arithmetic with ints, floats and bools on either side, and the operators complex lacks
a = 1.5 + 2j
b = -3 + 0.25j
for x, y in [(a, b), (a, 2), (2, a), (a, 2.5), (2.5, a), (a, True), (False, a), (1j, 1j), (b, -0.5)]:
    print(x + y, x - y, x * y, x / y)
print(1j * 1j, (1 + 1j) * (1 - 1j), (1e300 + 1e300j) * (1e300 + 1e300j), 1j * float('inf'))
print((1 + 1j) / (1e-320 + 1e-320j), (1 + 2j) / (3 - 4j), 1 / 1j, 2.0 / (1 + 1j), (1 + 1j) / float('inf'))
print(-(1 + 2j), +(1 - 2j), abs(3 + 4j), abs(-5j), abs(complex(float('inf'), float('nan'))),
      abs(complex(float('nan'), 1)), abs(1e308 + 1e308j), abs(1.9145599822816401 - 0.351522428242796j))
print(sum([1j, 2, 3.5]), sum([1 + 1j, 2 - 1j]), sum([0.5j] * 3, 1j))
z = 2 + 3j
z += 1
z *= 1j
z -= 0.5
z /= 2
print(z)
for x, y in [(1j, 0), (1, 0j), (1.0, 0j), (1j, 0j), (1j, 0.0), (0j, 0j)]:
    try:
        print(x / y)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for f in [lambda: 1j // 2, lambda: 1j % 2, lambda: 2 // 1j, lambda: divmod(1j, 2), lambda: 1j << 1,
          lambda: 1j & 1, lambda: ~1j, lambda: 'a' + 1j, lambda: 1j + 'a', lambda: [1] * 1j, lambda: 1j * [1],
          lambda: 1j + None, lambda: abs(1e308 * 10 + 1e308j), lambda: 1j + 10 ** 400, lambda: round(1j)]:
    try:
        print(f())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
