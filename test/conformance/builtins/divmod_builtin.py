# divmod() for ints, negative operands, floats and bigints
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 17)]:
    q, r = divmod(a, b)
    print(a, b, (q, r), q * b + r == a)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.0), divmod(1e16, 3))
print(divmod(10 ** 30, 7), divmod(-(10 ** 30), 7))
print(divmod(True, 2), divmod(7, True))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
