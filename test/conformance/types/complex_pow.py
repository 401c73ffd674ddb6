# complex ** : integer exponents by repeated multiplication (|n| <= 100), polar form otherwise, and its errors
z = 1.1 + 0.3j
for n in [0, 1, 2, 3, 7, 17, 50, 100, 101, -1, -2, -100, -101, 2.0, 100.0, 0.5, -0.5, 1.5]:
    print(n, z ** n)
print(1j ** 2, 1j ** 3, (1 + 1j) ** 10, (1 + 1j) ** -3, 2 ** 1j, 1j ** 0.5, 1j ** 1j, (2 + 3j) ** (0.5 + 0.25j))
print(2.5 ** (1 - 1j), True ** 1j, 1j ** True, (-1) ** 0.5, (-8) ** (1 / 3), (-2.0) ** 1.5, (-2.0) ** -0.5)
print(0j ** 0, 0j ** 0j, 0j ** 2, 0j ** 2.5, (0.0 + 0j) ** 1, pow(1j, 2), pow(2, 1j))
print((1e300 + 1e300j) ** 2, (-1.5 + 0.5j) ** 77, (0.9 + 0.1j) ** -64)
for f in [lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 0j ** -2.5, lambda: (1e-200 + 0j) ** -2,
          lambda: 10j ** 500, lambda: complex(10, 1) ** 1000.5, lambda: pow(1j, 2, 3), lambda: (1j).__pow__(2, 5),
          lambda: pow(2, 1j, 5), lambda: pow(2, 3, 1j)]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print((1j).__pow__(2, None), (1j).__rpow__(2), (1j).__pow__('x'))
