# int(), float() and bool() constructors with different argument types
print(int(), float(), bool())
print(int(7), int(7.9), int(-7.9), int(True), int("  -12 "), int("101", 2))
print(float(3), float("2.5"), float(" -1e3 "), float(True), float("inf"), float("-nan"))
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0))
class N:
    def __int__(self):
        return 5
    def __float__(self):
        return 1.25
    def __bool__(self):
        return False
print(int(N()), float(N()), bool(N()))
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int("5", 10.0)
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
