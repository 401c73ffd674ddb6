# float overflow: inf from multiplication, OverflowError from ** and int->float
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
print(1.7976931348623157e308 * 1.0000000000000002)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError raised by float **")
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1.0
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, 10 ** 400 / 10 ** 399)
print(1e-320, 1e-330, 5e-324 / 2)
print(float(10 ** 308), 10 ** 308 > 1e308)
