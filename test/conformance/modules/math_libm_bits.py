# sin, cos, exp, exp2, log, atan, atan2: the exact bits of the results (float.hex), random and hard arguments
# (tan, log2 and cos of random arguments are checked by math_libm_glibc_variants.py, with
# arguments where glibc's results are not correctly rounded)
import math, random
random.seed(12345)
args = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-310, 1e-20, 2.0 ** -27 * 1.5,
        0.5, 1.0, -1.0, 2.0, math.pi, math.pi / 4, -math.pi / 4, 0.7853981633974483, 0.7853981633974484,
        3 * math.pi / 2, 100.0, 1e5, 2.0 ** 19 - 0.5, 2.0 ** 19, 2.0 ** 19 + 1, 1e6, 1e10, 1e22, 1e300, 1.7976931348623157e308,
        709.78, 709.79, -708.4, -745.1, 1e-5, 0.1, 0.2, 0.3, 123.456, -7.25]
for k in (2, 3, 7, 100, 1000, 123456, 333333):
    x = k * math.pi / 2
    args += [x, math.nextafter(x, 0), math.nextafter(x, math.inf), -x]
fixed = len(args)
for _ in range(150):
    args.append(random.uniform(-10, 10))
    args.append(random.uniform(-1, 1) * 2.0 ** random.randint(-60, 60))
    args.append(1 + random.uniform(-1, 1) * 2.0 ** -random.randint(1, 50))
def h(f, *a):
    try:
        return f(*a).hex()
    except (ValueError, OverflowError) as e:
        return type(e).__name__
for i, x in enumerate(args):
    print(x.hex(), h(math.sin, x), h(math.cos, x) if i < fixed else '', h(math.atan, x))
    if abs(x) < 1000:
        print('  e', h(math.exp, x), h(math.exp2, x))
    if x > 0:
        print('  l', h(math.log, x))
for _ in range(200):
    y = random.uniform(-1, 1) * 2.0 ** random.randint(-30, 30)
    x = random.uniform(-1, 1) * 2.0 ** random.randint(-30, 30)
    print(h(math.atan2, y, x), end=' ')
print()
for y in (0.0, -0.0, 1.0, -1.0, 1e-300, 1e300, 5e-324):
    print([h(math.atan2, y, x) for x in (0.0, -0.0, 1.0, -1.0, 1e-300, 1e300, 5e-324)])
