# ** with negative exponents returns a float; zero and sign edge cases
print(2 ** -1, 2 ** -2, 10 ** -3, 4 ** -0.5)
print((-2) ** -1, (-2) ** -2, (-2) ** -3)
print(type(2 ** -1).__name__, type(2 ** 2).__name__, type(2.0 ** 2).__name__)
print(0 ** 0, 0.0 ** 0, 0 ** 1, 1 ** -5)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((-8) ** 2, -8 ** 2, (-8) ** 3)
print(pow(3, -2), pow(10, -1))
print(2 ** -10, 2 ** -20)
print(1.5 ** 2, 2 ** 1.5, 9 ** 0.5)
