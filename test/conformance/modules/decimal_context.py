# decimal: Context objects, getcontext/setcontext/localcontext, flags and traps.
import decimal
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext, DefaultContext,
                     BasicContext, ExtendedContext, Inexact, Rounded, DivisionByZero,
                     InvalidOperation, Overflow, Clamped, Underflow, ROUND_UP, ROUND_DOWN)

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(getcontext().flags)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP, decimal.HAVE_THREADS)

c = Context(prec=5, rounding=ROUND_UP, Emin=-10, Emax=10, traps=[DivisionByZero], flags=[])
print(c, c.Etiny(), c.Etop())
print(c.divide(1, 3), c.add(D('1.23456'), 1), c.multiply(7, 11111), c.power(2, 20), c.sqrt(2))
print(c.create_decimal('3.14159265'), c.create_decimal(1.1), c.create_decimal_from_float(0.5))
print(c.flags[Inexact], c.flags[Rounded], c)
print(c.to_sci_string(D('1E+3')), c.to_eng_string(D('1E+4')), c.copy_decimal(3), c.abs(-3),
      c.compare(1, 2), c.max(1, 2), c.min(1, 2), c.is_zero(0), c.quantize(D('1.2345'), D('0.01')),
      c.divmod(7, 2), c.remainder(7, 2), c.divide_int(7, 2), c.exp(1), c.ln(10), c.log10(1000),
      c.normalize(D('1.200')), c.minus(1), c.plus(D('-0')), c.to_integral_value(D('2.5')), c.fma(2, 3, 4))
try:
    c.divide(1, 0)
except DivisionByZero as e:
    print('DivisionByZero', e)
try:
    c.add(1, 1.5)
except TypeError as e:
    print('TypeError', e)
c.clear_flags()
c.clear_traps()
print(c)
print(c.divide(1, 0), c.multiply(D('9E+10'), 10), c.divide(D('1E-10'), 1000))
print(c)
c2 = c.copy()
c2.prec = 3
print(c.prec, c2.prec)

for name, value in [('prec', 0), ('prec', 'x'), ('prec', 10 ** 20), ('Emax', -1), ('Emin', 1),
                    ('rounding', 'x'), ('rounding', 1), ('capitals', 2), ('clamp', -1)]:
    try:
        setattr(c, name, value)
        print(name, 'ok')
    except Exception as e:
        print(name, type(e).__name__, e)
try:
    Context(prec=-1)
except ValueError as e:
    print('ValueError', e)
try:
    Context(bogus=1)
except TypeError as e:
    print('TypeError', e)
try:
    setcontext('x')
except TypeError as e:
    print('TypeError', e)

# localcontext restores the outer context, also after an exception.
print(getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 4
    print(D(1) / 7, getcontext().prec)
    with localcontext(prec=2, rounding=ROUND_DOWN) as inner:
        print(D(2) / 3, inner.prec, inner.rounding)
    print(D(2) / 3)
print(D(1) / 7, getcontext().prec)
try:
    with localcontext(prec=3):
        print(D(10) / 3)
        raise KeyError('k')
except KeyError:
    print('restored', getcontext().prec)
try:
    localcontext(precision=3)
except TypeError as e:
    print('TypeError', e)

old = getcontext()
setcontext(Context(prec=6))
print(D(1) / 3, getcontext().prec)
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext().prec)
try:
    D('1E-999999') / D('1E+10')
except Exception as e:
    print(type(e).__name__, e)
setcontext(old)
print(D(1) / 3)

# Flags accumulate across operations until cleared; traps are a live view.
ctx = getcontext()
ctx.clear_flags()
D(1) / 4
print([s.__name__ for s in ctx.flags if ctx.flags[s]])
D(1) / 3
print([s.__name__ for s in ctx.flags if ctx.flags[s]])
print(ctx.traps[Overflow], ctx.traps[Inexact], len(ctx.flags), Inexact in ctx.flags)
ctx.traps[Overflow] = False
print(ctx)
ctx.traps[Overflow] = True
try:
    ctx.flags['x']
except KeyError as e:
    print('KeyError', e)
