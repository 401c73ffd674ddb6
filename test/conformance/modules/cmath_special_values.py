# every cmath function on values with infinite or NaN parts: C99 Annex G results and CPython's ValueErrors
import cmath, math
inf, nan = math.inf, math.nan
vals = [-inf, -1e308, -2.5, -1e-320, -0.0, 0.0, 1.5, 710.0, inf, nan]
for name in ['sqrt', 'exp', 'log', 'log10', 'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh']:
    f = getattr(cmath, name)
    for x in vals:
        row = []
        for y in vals:
            try:
                r = f(complex(x, y))
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__)
        print(name, x, ' '.join(row))
vals = [complex(inf, 0), complex(-inf, 1), complex(nan, 0), complex(1, inf), complex(0, 0), complex(2, 0), complex(1, 0), complex(nan, inf), complex(-1e308, 1e308), 0.5, 10]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(repr(cmath.log(a, b)))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(a), ' '.join(row))
print(cmath.sqrt(-math.inf), cmath.sqrt(math.inf), cmath.exp(-math.inf), cmath.exp(math.inf), cmath.log(math.inf), cmath.log(-math.inf), cmath.log10(math.nan), cmath.sqrt(math.nan))
print(cmath.exp(complex(1000, 0)) if False else '', cmath.exp(complex(-math.inf, 1e308)), cmath.exp(complex(math.inf, 1e-320)), cmath.exp(complex(math.inf, -1e-320)), cmath.exp(complex(math.inf, math.pi)))
for z in [complex(1, math.inf), complex(math.inf, math.inf), complex(-0.0, -math.inf)]:
    try:
        print(cmath.exp(z))
    except ValueError as e:
        print('ValueError', e)
for r in [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]:
    row = []
    for p in [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]:
        try:
            row.append(repr(cmath.rect(r, p)))
        except Exception as e:
            row.append(type(e).__name__)
    print('rect', r, ' '.join(row))
