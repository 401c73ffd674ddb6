# cmath: every function over ordinary arguments (results checked to the last bit), branch cuts and the constants
import cmath
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
vals = [0j, 1, -1, 1j, -1j, 0.5 + 0.5j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-2, 0.0), complex(-2, -0.0),
        1e-310 + 1e-310j, 1e300 + 1e300j, -1e300 - 2e299j, 2 + 1e-320j, 1 + 1e-170j, -1 + 1e-170j, 0.7 + 0.7j,
        1.2 + 0.5j, 710 + 1j, -710 + 2j, 3 - 4j, -2.5 + 0.1j, 1e155 + 1e155j, 0.3, -7.25, 12.5j]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
         'asinh', 'acosh', 'atanh', 'phase', 'polar']
for z in vals:
    print(z)
    for n in names:
        try:
            print(' ', n, getattr(cmath, n)(z))
        except (ValueError, OverflowError) as e:
            print(' ', n, type(e).__name__, e)
print(cmath.log(8, 2), cmath.log(100j, 10), cmath.log(1j, 1j), cmath.log(0, 2), cmath.log(2.5, 0.5j))
print(cmath.rect(2, 0.5), cmath.rect(1, -0.0), cmath.rect(-3, 2), cmath.rect(1e308, 1e-10), cmath.rect(0, 0))
print(cmath.rect(float('inf'), 1), cmath.rect(float('-inf'), -2))
print(cmath.polar(1e308 + 1e308j), cmath.phase(complex(1e300, 1e-20)), cmath.phase(-1), cmath.phase(complex(-1, -0.0)))
inf, nan = float('inf'), float('nan')
print(cmath.phase(complex(inf, inf)), cmath.phase(complex(-inf, 1)), cmath.phase(complex(1, -inf)), cmath.phase(complex(nan, 1)))
print(cmath.isfinite(1j), cmath.isfinite(complex(inf, 0)), cmath.isinf(complex(1, -inf)), cmath.isinf(nan),
      cmath.isnan(complex(1, nan)), cmath.isnan(1j), cmath.isnan(5))
print(cmath.isclose(1j, 1j), cmath.isclose(1 + 1e-10j, 1), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2),
      cmath.isclose(0j, 1e-10, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)),
      cmath.isclose(complex(inf, 0), 1e308), cmath.isclose(a=1, b=1))
class Z:
    def __complex__(self):
        return 3 + 4j
class R:
    def __float__(self):
        return 0.25
print(cmath.sqrt(Z()), cmath.exp(R()), cmath.sqrt(-4), cmath.sqrt(True), cmath.polar(Z()))
