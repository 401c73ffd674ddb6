# true division always produces a float; floor division keeps ints
print(6 / 3, 7 / 2, -7 / 2, 1 / 3, 2 / 3)
print(type(6 / 3).__name__, type(6 // 3).__name__, type(6.0 // 3).__name__)
print(10 ** 20 / 10 ** 10, 2 ** 64 / 2, 1 / 2 ** 10)
print(10 / 4, 10 // 4, -10 // 4, 10 // -4, -10 // -4)
print(0 / 5, -0 / 5, 0 / -5)
print(1e300 * 10 / 10)
print(22 / 7, 355 / 113)
print(2 ** 1000 // 2 ** 998, 2 ** 1000 / 2 ** 998)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
