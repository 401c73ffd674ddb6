# str() and repr() of floats and their use in %-formatting and str.format
values = [0.0, -0.0, 1.0, 0.1, 0.5, 1.5, 2.5, 1e16, 1e15, 1e-4, 1e-5, 123.456, 1 / 7, 2 ** 0.5, 1e100, 10.0 ** 21]
for v in values:
    print(str(v), repr(v), "%s" % v, "%r" % v, "{}".format(v), f"{v}", "%.1f" % v, "%g" % v)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%.2f %.2f %.3f" % (2.675, 1.005, 1.0005))
print(str(1e22), str(1e21), str(1e20), str(123456789012345678.0))
print(str(0.1 * 3), str(1.1 * 1.1), str(4.35 * 100))
print(str(1e-4), str(0.00001), str(1.5e-10), str(-1.5e300))
print(repr(0.1 + 0.7), repr(0.3 - 0.1), repr(100 * 1.1))
