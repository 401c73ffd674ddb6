# shortest round-trip float reprs, exponent switching and special cases
vals = [0.1 + 0.2, 1e300, 1e+300, 1e16, 1e15, 123456789012345.6, 1e-5, 1e-4, 0.0001234,
        1 / 3, 2 / 3, 100.0, -0.0, 0.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
        0.5, 0.25, 1.1, 2.675, 1234.5678, 1e100, 3.0e-10, 9007199254740993.0, 0.3, 1 - 1e-16]
for v in vals:
    print(repr(v), str(v))
print(float("0.1"), float("1e16"), float("-1e-7"))
print(1e16 + 1, 1e15 + 0.3, 2.0 ** 60, 2.0 ** -30)
print([0.1, 0.2, 1e16])
print(1.0, 10.0, 1e1, 12e-1, 150.0 / 1.5)
