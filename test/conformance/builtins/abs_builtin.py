# abs() of ints, bigints, floats, bools and user classes
print(abs(5), abs(-5), abs(0), abs(-0))
print(abs(2.5), abs(-2.5), abs(-0.0), abs(0.0))
print(abs(-(2 ** 100)), abs(2 ** 100))
print(abs(True), abs(False), type(abs(True)).__name__)
print(abs(float("-inf")), abs(float("nan")))
print(abs(-1e-300), abs(-10 ** 20 + 1))
class V:
    def __abs__(self):
        return "absolute!"
print(abs(V()))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
print(list(map(abs, [-3, 2, -1.5])))
