# decimal: arithmetic in the default context, its rounding and its signals.
from decimal import (Decimal as D, getcontext, DivisionByZero, InvalidOperation, Overflow,
                     Inexact, Rounded, Underflow, Subnormal, Clamped, FloatOperation, DecimalException)


def show(label, f):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        r = f()
        out = repr(r)
    except Exception as e:
        out = '%s %s' % (type(e).__name__, e)
    flags = [s.__name__ for s in ctx.flags if ctx.flags[s]]
    print(label, '->', out, flags)


show('1/3', lambda: D(1) / D(3))
show('2/3', lambda: D(2) / D(3))
show('1/7', lambda: D(1) / 7)
show('10/4', lambda: D(10) / D(4))
show('1.20/2', lambda: D('1.20') / 2)
show('100/1E+2', lambda: D(100) / D('1E+2'))
show('0/5', lambda: D('0.00') / 5)
show('-0/5', lambda: D('-0') / 5)
show('1/-inf', lambda: D(1) / D('-inf'))
show('inf/inf', lambda: D('inf') / D('inf'))
show('1/0', lambda: D(1) / 0)
show('-1/0', lambda: D(-1) / D(0))
show('0/0', lambda: D(0) / 0)
show('1.1+2.2', lambda: D('1.1') + D('2.2'))
show('0.1+0.2', lambda: D('0.1') + D('0.2'))
show('1+1E-30', lambda: D(1) + D('1E-30'))
show('1E+100-1E-100', lambda: D('1E+100') - D('1E-100'))
show('1.30+1.20', lambda: D('1.30') + D('1.20'))
show('-0+0', lambda: D('-0') + D('0'))
show('-0+-0', lambda: D('-0') + D('-0'))
show('1-1', lambda: D(1) - 1)
show('inf-inf', lambda: D('inf') - D('inf'))
show('inf+1', lambda: D('inf') + 1)
show('1.2*3.45', lambda: D('1.2') * D('3.45'))
show('-0*5', lambda: D('-0') * 5)
show('0*-1', lambda: D(0) * -1)
show('inf*0', lambda: D('inf') * 0)
show('big*big', lambda: D('12345678901234567890') * D('98765432109876543210'))
show('7//2', lambda: D(7) // 2)
show('-7//2', lambda: D(-7) // 2)
show('7%-2', lambda: D(7) % -2)
show('-7%2', lambda: D(-7) % 2)
show('-4%2', lambda: D(-4) % 2)
show('7.5%2', lambda: D('7.5') % 2)
show('divmod(7.5,-2)', lambda: divmod(D('7.5'), D(-2)))
show('1//0', lambda: D(1) // 0)
show('1%0', lambda: D(1) % 0)
show('0//0', lambda: D(0) // 0)
show('divmod(1,0)', lambda: divmod(D(1), 0))
show('1E+40//3', lambda: D('1E+40') // 3)
show('5//inf', lambda: D(5) // D('inf'))
show('5%inf', lambda: D(5) % D('inf'))
show('inf%5', lambda: D('inf') % 5)
show('-D', lambda: -D('1.50'))
show('-0', lambda: -D('0'))
show('+-0', lambda: +D('-0'))
show('abs(-0)', lambda: abs(D('-0')))
show('abs(-2.5)', lambda: abs(D('-2.5')))
show('+long', lambda: +D('1.2345678901234567890123456789012'))
show('3+D', lambda: 3 + D('0.5'))
show('3-D', lambda: 3 - D('0.5'))
show('3*D', lambda: 3 * D('0.5'))
show('3/D', lambda: 3 / D('0.5'))
show('3//D', lambda: 3 // D('0.5'))
show('3%D', lambda: 3 % D('0.7'))
show('True+D', lambda: True + D(1))
show('D+str', lambda: D(1) + 'a')
show('D+float', lambda: D(1) + 1.5)
show('float*D', lambda: 1.5 * D(1))
show('D+None', lambda: D(1) + None)
show('sNaN+1', lambda: D('sNaN') + 1)
show('NaN+1', lambda: D('NaN') + 1)
show('NaN5+sNaN7', lambda: D('NaN5') + D('sNaN7'))
show('1E+999999*10', lambda: D('1E+999999') * 10)
show('9.9E+999999+1E+999999', lambda: D('9.9E+999999') + D('1E+999999'))
show('1E-999999/10', lambda: D('1E-999999') / 10)
show('1E-999999/1E+40', lambda: D('1E-999999') / D('1E+40'))
show('fma', lambda: D(2).fma(3, 4))
show('fma inf', lambda: D('inf').fma(0, 1))
show('1E+500000*1E+500000', lambda: D('1E+500000') * D('1E+500000'))

ctx = getcontext()
ctx.traps[DivisionByZero] = False
show('1/0 untrapped', lambda: D(1) / 0)
ctx.traps[Overflow] = False
show('overflow untrapped', lambda: D('9E+999999') * 100)
ctx.traps[Inexact] = True
show('1/3 Inexact trapped', lambda: D(1) / 3)
show('1/4 Inexact trapped', lambda: D(1) / 4)
ctx.traps[FloatOperation] = True
show('D(1.5) FloatOperation trapped', lambda: D(1.5))
show('D < 1.5 FloatOperation trapped', lambda: D(1) < 1.5)
show('D == 1.5 FloatOperation trapped', lambda: D(1) == 1.5)
ctx.traps[InvalidOperation] = False
show('inf-inf untrapped', lambda: D('inf') - D('inf'))
show("D('x') untrapped", lambda: D('x'))

for cls in [DivisionByZero, InvalidOperation, Overflow, Underflow, Subnormal, Clamped, FloatOperation]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
try:
    D(1) / D(0)
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError', type(e).__name__, e.args)

# Integer division and remainder with infinities and zeros, untrapped.
from decimal import localcontext
with localcontext(traps=[]) as c:
    for a in ['inf', '-inf', '5', 'nan']:
        for b in ['inf', '0', '-0', '1', '-2']:
            c.clear_flags()
            print(a, b, divmod(D(a), D(b)), D(a) // D(b), D(a) % D(b),
                  [s.__name__ for s in c.flags if c.flags[s]])
