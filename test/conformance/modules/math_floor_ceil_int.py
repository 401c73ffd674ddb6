# math.floor/ceil/trunc return ints, work on bigints and bools
import math
for v in (2.5, -2.5, 2.0, -0.5, 0.0, 1e16 + 0.5, -1e16, 7, -7, True):
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), round(v))
print(math.floor(10 ** 30), math.ceil(-(10 ** 30)))
print(math.floor(1e300) == int(1e300))
print(type(math.trunc(3.9)).__name__, math.floor(-1e-300), math.ceil(1e-300))
print(math.floor(-0.0), math.ceil(-0.4), type(math.ceil(-0.4)).__name__)
print(sum(math.floor(x / 2) for x in range(-5, 6)))
print([math.ceil(n / 3) for n in range(-4, 5)])
