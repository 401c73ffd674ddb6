# pow(a, b, mod) with a float or complex among the operands: float's and complex's slots refuse a modulus
for args in [(2, 3.0, 5), (2, 3, 5.0), (2.0, 3, 5), ('a', 2, 3.0), (2, 'a', 3.0), (True, 2.0, 3), ('a', 2, 3), (2, 'b', 3), (2, 3, 'c')]:
    try:
        print(pow(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(1j, 2, 3), (2, 1j, 3), (2, 3, 1j)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print(type(e).__name__, e)
print(pow(3, 4, 5), pow(True, 3, 2), pow(-3, 3, 7))
