# Decimal corners where libmpdec's results and flags are the reference:
from decimal import *


def flags(c):
    return sorted(k.__name__ for k, v in c.flags.items() if v)


# to_integral_exact of a zero signals nothing (not even Rounded).
for s in ['0.00000', '-0.000', '0E-5', '1.000', '0.5', '12.00', '0E+2', '-7.50']:
    c = Context()
    r = c.to_integral_exact(Decimal(s))
    print('to_integral_exact', s, repr(r), flags(c))

# next_plus/next_minus/next_toward of an operand the context cannot hold: its directed rounding.
c = Context(prec=9, Emax=99, Emin=-99, traps=[])
for s in ['-1E-999', '1E-999', '123456789012', '-123456789012', '9.99999999999E+99', '1E+200',
          '-1E+200', '0E-200', '1.5', '1E-107', '-1E-107', '9.999999999E-99', '123456789']:
    d = Decimal(s)
    for name in ['next_plus', 'next_minus']:
        cc = c.copy()
        r = getattr(cc, name)(d)
        print(s, name, repr(r), flags(cc))
    for t in ['0', '-1', '1E+300']:
        cc = c.copy()
        r = cc.next_toward(d, Decimal(t))
        print(s, 'toward', t, repr(r), flags(cc))

# log10 of a power of ten rounds half-even whatever the context's rounding, as ln does.
for p in [1, 2, 3]:
    for r in [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_05UP]:
        c = Context(prec=p, rounding=r)
        print(p, r, [str(c.log10(Decimal(s))) for s in ['1E+999', '1E-15', '1E+5', '1E-1', '100', '1E+95', '1E+94', '1E+96']],
              [str(c.ln(Decimal(s))) for s in ['1', '1E+5']], flags(c))
