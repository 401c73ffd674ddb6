# cmath: domain and range errors, argument errors, as CPython raises them
import cmath
tests = [lambda: cmath.log(0), lambda: cmath.log10(0), lambda: cmath.log(2, 1), lambda: cmath.log(2, 0),
         lambda: cmath.atanh(1), lambda: cmath.atanh(-1), lambda: cmath.atan(1j), lambda: cmath.atan(-1j),
         lambda: cmath.exp(1000), lambda: cmath.exp(complex(800, 0.1)), lambda: cmath.cosh(1000), lambda: cmath.sinh(-1000),
         lambda: cmath.cos(1000j), lambda: cmath.sin(1000j), lambda: cmath.phase(complex(1e300, 1e-30)),
         lambda: cmath.sqrt(), lambda: cmath.log(), lambda: cmath.log(1, 2, 3), lambda: cmath.rect(1),
         lambda: cmath.phase(), lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, 3),
         lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.isclose(1, 2, abs_tol=-1), lambda: cmath.sqrt('a'),
         lambda: cmath.sqrt(None), lambda: cmath.sqrt(x=1), lambda: cmath.exp([]), lambda: cmath.rect(1j, 1),
         lambda: cmath.polar('x'), lambda: cmath.isnan('x'), lambda: cmath.log(1, 'x')]
for i, f in enumerate(tests):
    try:
        print(i, f())
    except (ValueError, OverflowError, TypeError) as e:
        print(i, type(e).__name__, e)
print(cmath.cosh(710), cmath.exp(709.5 + 1j), cmath.tanh(1000), cmath.tan(-1000j), cmath.atanh(1 + 1e-200j))
