# conversions between int, float and str
print(int(3.9), int(-3.9), int(0.9999), int(-0.0), int(1e20), int(2.5e-3))
print(float(1), float(-7), float(10 ** 20), float(2 ** 53 + 1))
print(float("1.5"), float(" -2 "), float("1e3"), float(".5"), float("5."), float("1_0.5"))
print(float("inf"), float("-Infinity"), float("nan"))
for bad in ("", "abc", "1.2.3", "1e", "0x10"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
print(int("12") + float("0.5"), str(12.0), str(-0.5))
print(float(True), int(False), float(int(7.7)))
print(1e16 == int(1e16), int(1e16), int(12345678.9))
