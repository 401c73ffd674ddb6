# fractions and decimal: construction, arithmetic, rounding modes, quantize, contexts and traps, formatting
from fractions import Fraction as F
import decimal
from decimal import Decimal as D, localcontext, getcontext, Context
print(F(3, -6), repr(F(3, -6)), F('1.25'), F('-3/4'), F(' 7e-2 '), F(1.1), F(D('0.3')), F(0.5).limit_denominator(), F(3.141592653589793).limit_denominator(100), F(10**20, 3))
print(F(1, 3) + F(1, 6), F(1, 3) * 3, F(1, 3) ** 2, F(1, 3) ** -2, F(4, 9) ** F(1, 2), F(1, 3) + 0.5, 2 ** F(1, 2), F(7, 2) // 2, F(7, 2) % 2, divmod(F(-7, 2), F(1, 3)), -F(1, 2), abs(F(-1, 2)))
print(round(F(7, 2)), round(F(5, 2)), round(F(1, 3), 3), round(F(-5, 2)), int(F(-7, 2)), float(F(1, 3)), F(1, 3) < 0.34, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), F(5, 1) == 5, F(1, 3).as_integer_ratio(), F(6, 4).numerator, F(6, 4).denominator)
print(f'{F(1, 3):.5f}' if hasattr(F, '__format__') and F.__format__ is not object.__format__ else 'nofmt', F(3).is_integer() if hasattr(F, 'is_integer') else '', str(F(4, 1)), math_floor := None)
import math
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), F.from_float(0.25), F.from_decimal(D('1.5')), F(1, 3) != F(2, 6), F(2, 3) > F(3, 5), max(F(1, 2), 0.4, 0))
for bad in [('1/0',), (1, 0), ('x',), ('1.5/2',), (1.5, 2), (float('nan'),), (float('inf'),)]:
    try: print(F(*bad))
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e: print(type(e).__name__, e)
try: F(1, 2) / 0
except ZeroDivisionError as e: print('ZeroDivisionError', e)
print(D('1.10') + D('2.205'), D('10') / D('3'), D(1) / D(7), D('1.30') * D('2'), D('-0'), D('1e5'), D('1E+5') + 0, D('0.000001'), D('0.0000001'), D(0.1), D('NaN'), D('-Infinity'), D('sNaN'), repr(D('1.0')))
print(D('2.675').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=decimal.ROUND_HALF_UP), D('-2.5').quantize(D('1'), decimal.ROUND_HALF_EVEN), D('123.456').quantize(D('1e1')), D('7.325').quantize(D('.01'), decimal.ROUND_DOWN), D('7.321').quantize(D('.01'), decimal.ROUND_CEILING))
for mode in [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]:
    print(mode, [str(D(v).quantize(D('1'), rounding=mode)) for v in ['2.5', '-2.5', '1.5', '0.6', '-0.4', '5.1', '0.1']])
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D('123456789') + 0, +D('1.234567'), D(2).sqrt(), ctx)
    ctx.rounding = decimal.ROUND_DOWN; print(D(2) / D(3))
print(getcontext().prec, D(2).sqrt(), D(10).ln(), D(100).log10(), D(2).exp(), D('1.5').as_tuple(), D('-1.5e3').as_integer_ratio(), D('12.3400').normalize(), D('1.5').to_integral_value(), round(D('2.567'), 2), round(D('2.5')), int(D('-3.9')))
c = Context(prec=3, traps=[decimal.DivisionByZero])
print(c.divide(D(1), D(3)), c.add(D('1.234'), D('1')), c.create_decimal('3.14159'), c.power(D(2), D(10)))
try: c.divide(D(1), D(0))
except decimal.DivisionByZero as e: print('DivisionByZero', type(e).__mro__[1].__name__, e)
try: D(1) / D(0)
except decimal.DivisionByZero as e: print('DivisionByZero', e)
try: D('abc')
except decimal.InvalidOperation as e: print('InvalidOperation', e)
try: D(1).quantize(D('1e-30'))
except decimal.InvalidOperation as e: print('InvalidOperation', e)
print(D(0) / D(1), D('1e-3').adjusted(), D('1.234e2').scientific_notation if False else '', '{:.2f} {:e} {:,} {:>10} {:%}'.format(D('3.14159'), D('12345.678'), D('1234567.891'), D('1.5'), D('0.25')))
print(D('1.5') < 2, D('1.5') == 1.5, D('0.1') == 0.1, D(3).compare(D(4)), D('3.0').compare_total(D('3')), D(3).max(D('3.5')), D('-5').copy_abs(), D(5).is_signed(), D('NaN').is_nan(), sum([D('0.1')] * 3), D('1.1').fma(2, D('0.3')))
print(getcontext())
getcontext().prec = 6; getcontext().Emax = 99
print(D(1) / 7)
try: D('1e99') * 10
except decimal.Overflow as e: print('Overflow', type(e).__mro__[1].__name__)
getcontext().traps[decimal.Overflow] = False
print(D('1e99') * 100, getcontext().flags[decimal.Overflow])
