# decimal: quantize with every rounding mode, round(), int/float, to_integral, normalize.
import math
from decimal import (Decimal as D, getcontext, localcontext, ROUND_HALF_EVEN, ROUND_HALF_UP,
                     ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP,
                     InvalidOperation, Inexact)


def show(label, f):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        out = repr(f())
    except Exception as e:
        out = '%s %s' % (type(e).__name__, e)
    flags = [s.__name__ for s in ctx.flags if ctx.flags[s]]
    print(label, '->', out, flags)


modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
         ROUND_FLOOR, ROUND_05UP]
values = ['2.5', '3.5', '-2.5', '2.51', '-2.49', '1.05', '1.15', '1.04', '0.5', '-0.5', '7.325',
          '1.005', '0', '-0.0001', '5.05', '10.05']
for mode in modes:
    print(mode, [str(D(v).quantize(D('0.1'), rounding=mode)) for v in values])
    print(mode, [str(D(v).quantize(D('1'), rounding=mode)) for v in values])

show('3 q 1.00', lambda: D(3).quantize(D('1.00')))
show('123.456 q 1E+1', lambda: D('123.456').quantize(D('1E+1')))
show('q int', lambda: D('2.567').quantize(1))
show('q float', lambda: D('2.5').quantize(0.1))
show('q bad rounding', lambda: D('2.5').quantize(D(1), rounding='UP'))
show('q inf inf', lambda: D('inf').quantize(D('-inf')))
show('q inf 1', lambda: D('inf').quantize(D(1)))
show('q 1 nan', lambda: D(1).quantize(D('nan')))
show('q 1 snan', lambda: D(1).quantize(D('snan')))
show('q overflow digits', lambda: D(1).quantize(D('1E-30')))
show('q 1E+30', lambda: D('1E+30').quantize(D('0.01')))
show('q exp too big', lambda: D(1).quantize(D('1E+1000000')))
show('q exp too small', lambda: D(1).quantize(D('1E-1000028')))
show('q 1E+999999', lambda: D('1E+999999').quantize(D(1)))
show('q subnormal', lambda: D('1.5E-999999').quantize(D('1E-1000000')))
show('q -0', lambda: D('-0').quantize(D('0.001')))
show('q round 9.99', lambda: D('9.996').quantize(D('0.01')))
with localcontext(prec=3):
    show('q prec3 99.96', lambda: D('99.96').quantize(D('0.1')))
    show('q prec3 9.96', lambda: D('9.96').quantize(D('0.1')))

for v in ['2.5', '3.5', '-2.5', '-3.7', '0.5', '1E+3', '123.456', '-0.001', '1E+25']:
    d = D(v)
    print(v, round(d), int(d), math.floor(d), math.ceil(d), math.trunc(d), float(d),
          round(d, 1), round(d, -1), round(d, 2))
for v in ['inf', '-inf', 'nan', 'snan']:
    d = D(v)
    for f in [int, round, float, math.floor, math.ceil, lambda x: round(x, 2), lambda x: x.as_integer_ratio()]:
        try:
            print(v, repr(f(d)))
        except Exception as e:
            print(v, type(e).__name__, e)
show('round(d, None)', lambda: D('1.5').__round__(None))
show('round(d, "x")', lambda: round(D('1.5'), 'x'))
show('round 1E+30, 2', lambda: round(D('1E+30'), 2))
show('as_integer_ratio', lambda: D('-1.250').as_integer_ratio())
show('as_integer_ratio 1E+3', lambda: D('1E+3').as_integer_ratio())
show('int huge', lambda: int(D('1.5E+40')))
show('float big', lambda: float(D('1E+400')))
show('float tiny', lambda: float(D('1E-400')))
show('float -0', lambda: float(D('-0')))
show('float 0.1', lambda: float(D('0.1')))

for v in ['2.5', '-2.5', '1.0', '1E+2', '0.0001', 'inf', 'nan', 'snan']:
    show('tiv ' + v, lambda: D(v).to_integral_value())
    show('tie ' + v, lambda: D(v).to_integral_exact())
show('tiv floor', lambda: D('2.5').to_integral_value(rounding=ROUND_FLOOR))
show('tie up', lambda: D('2.1').to_integral_exact(ROUND_UP))

for v in ['1.2300', '-0.00', '120E+2', '0E+5', '1E+999999', '100', '-inf', 'nan', '1.000000000000000000000000000000001']:
    show('normalize ' + v, lambda: D(v).normalize())

# Precision 28: results are rounded to 28 significant digits.
show('prec 1/3', lambda: D(1) / 3)
show('prec 2/3', lambda: D(2) / 3)
show('prec 1/3*3', lambda: D(1) / 3 * 3)
show('prec long sum', lambda: D('1234567890123456789012345678') + D('0.5'))
show('prec long sum 2', lambda: D('1234567890123456789012345679') + D('0.5'))
for mode in modes:
    with localcontext(prec=3, rounding=mode):
        print(mode, D(2) / 3, D(-2) / 3, D('1.005') + 0, D('-1.045') + 0, D(1) / 8, D(1) / 7)
