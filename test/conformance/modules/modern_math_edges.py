# math 3.8-3.11 functions at their edges (comb/perm/isqrt/dist/prod/lcm/nextafter/ulp), int.bit_count/to_bytes defaults
import math, fractions, decimal
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
t(math.comb, 100, 50); t(math.comb, 10**4, 3); t(math.perm, 5, 6); t(math.perm, 5, None); t(math.comb, 5, None)
t(math.isqrt, True); t(math.isqrt, 10**100 + 1); t(math.isqrt, 0)
t(math.dist, [1, 2], (3,)); t(math.dist, 1, 2); t(math.dist, [1], [2]); t(math.dist, (1, 2, 3, 4), (4, 3, 2, 1))
t(math.prod, ['a', 2]); t(math.prod, [2, 'a']); t(math.prod, [fractions.Fraction(1, 3), 3]); t(math.prod, [decimal.Decimal('1.5'), 2])
t(math.prod, range(1, 30)); t(math.prod, [1.0] * 3, start=2)
t(math.lcm, 2**64, 3); t(math.lcm, -4, 6); t(math.gcd, -4, 6, 0); t(math.lcm, 4.0)
t(math.nextafter, float('inf'), 0); t(math.nextafter, 0.0, float('nan')); t(math.ulp, -1e300); t(math.ulp, 5e-324); t(math.ulp, float('nan'))
t(math.comb, 2**70, 2); t(math.perm, 2**70, 1); t(math.comb, -1, -1); t(math.comb, 3.0, 1)
t(math.factorial, 3.0); t(math.factorial, -1); t(math.factorial, 20)
t(math.isclose, 1.0, 1.0 + 1e-10); t(math.isclose, 1, 2, rel_tol=-1)
t(math.fsum, [0.1] * 10); t(math.fsum, [1e308, 1e308]); t(math.fsum, [float('inf'), -float('inf')])
t(math.hypot, 3, 4, 12); t(math.hypot); t(math.hypot, 'x')
t(math.remainder, 5, 3); t(math.copysign, 1, -0.0); t(math.trunc, 2.7); t(math.log, 2**1000); t(math.log2, 2**1000 + 1); t(math.log10, 0)
t(math.cbrt, -8) if hasattr(math, 'cbrt') else None
t(int.bit_count, -(2**70)); t(int.bit_length, -(2**70))
t(int.to_bytes, 1024); t(lambda: (255).to_bytes(1, signed=True)); t(lambda: int.from_bytes(b'\xff\x00'))
t(lambda: (-1).to_bytes(2, 'little', signed=True)); t(lambda: (5).to_bytes())
