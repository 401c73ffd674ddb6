# round() with and without ndigits on ints and floats
print(round(7), round(-7), round(7, 0), round(7, -1), round(15, -1), round(25, -1), round(-25, -1))
print(round(1234567, -3), round(1500, -3), round(2500, -3), round(2 ** 70, -20))
print(round(3.5), round(4.5), round(-3.5), round(-4.5), round(0.5000000000000001))
print(round(3.14159, 2), round(-3.14159, 2), round(3.14159, 10), round(1.5, 0))
print(round(123.456, -1), round(123.456, -2), round(123.456, -3))
print(round(0.1 + 0.2, 1), round(1 / 3, 5), round(2 / 3, 5))
print(round(True), round(False, 2), type(round(True)).__name__)
print(round(5e-324, 2), round(1e300, -299), round(-0.0), round(-0.4, 0))
class R:
    def __round__(self, n=None):
        return "rounded with " + repr(n)
print(round(R()), round(R(), 3))
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
