# '.Nf' formatting: exact decimal rounding (ties to even on exactly representable halves), signs, sizes; a spec reused across types and errors
import random
random.seed(7)
vals = [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, -0.625, 2.675, 1.005, 0.045, 1e-300, -1e-300, -0.001, 0.0, -0.0,
        4503599627370495.5, 2.0 ** 52, 2.0 ** 53 + 2, 1e15 + 0.5, 123456789.125, 1e20, 1e21, 1e22, float('inf'), float('nan')]
for x in vals:
    print(repr(x), [format(x, '.%df' % p) for p in (0, 1, 2, 3, 6, 17, 22, 23)])
for _ in range(300):
    x = random.uniform(-1, 1) * 10.0 ** random.randint(-8, 16)
    p = random.randint(0, 24)
    print(format(x, '.%df' % p), '%.*f' % (p, x), f'{x:.{p}f}', '{:.{}f}'.format(x, p))
for _ in range(100):
    n = random.randint(-10 ** 6, 10 ** 6)
    for p in (1, 2, 3):
        x = n / 10 ** p + (0.5 / 10 ** p if random.random() < 0.5 else 0)
        print(f'{x:.{p}f}', end=' ')
print()
for i in range(5):
    print(f'{i}:{"x"}:{i / 3:.2f}', '{}:{}:{:.2f}'.format(i, 'x', i / 3), '%d:%s:%.2f' % (i, 'x', i / 3), f'{i:>5}|{i:<5}|{i:^5}|')
for spec in ('.2f', '>8', ',', 'x', '.3'):
    for v in (1234.5678, 255, 'abc'):
        try:
            print(spec, repr(format(v, spec)))
        except ValueError as e:
            print(spec, type(v).__name__, 'ValueError', e)
