# logarithms and trigonometry (inexact results rounded to 12 places)
import math
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10))
print(math.log10(1000), math.log10(1), math.log2(8), math.log2(1024), math.log2(0.5))
print(math.exp(0), round(math.exp(1), 12), round(math.log(10), 12), round(math.log1p(1e-10), 20))
print(math.sin(0), math.cos(0), math.tan(0), math.atan(0), math.asin(0), math.acos(1))
print(round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12), round(math.sin(math.pi / 6), 12))
print(round(math.tan(math.pi / 4), 12), round(math.atan(1) * 4, 12), round(math.atan2(1, 1), 12))
print(round(math.degrees(math.pi), 12), round(math.radians(180), 12))
print(round(math.sinh(1), 12), round(math.cosh(0), 12), round(math.tanh(0.5), 12))
for deg in (0, 30, 45, 60, 90):
    r = math.radians(deg)
    print(deg, round(math.sin(r), 10), round(math.cos(r), 10))
print(round(math.sqrt(2) ** 2, 12), round(math.exp(math.log(5)), 12))
