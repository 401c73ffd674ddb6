# decimal: sqrt, exp, ln, log10, powers, and the other numeric methods.
from decimal import Decimal as D, getcontext, localcontext, ROUND_UP, ROUND_DOWN, ROUND_FLOOR


def show(label, f):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        out = repr(f())
    except Exception as e:
        out = '%s %s' % (type(e).__name__, e)
    print(label, '->', out, [s.__name__ for s in ctx.flags if ctx.flags[s]])


for v in ['2', '4', '0.25', '100', '1.0000', '4E-8', '0.04', '400', '4E+3', '-0', '0E-3', '1E-999999',
          '12345678901234567890', 'inf', '-1', '-inf', 'nan', 'snan']:
    show('sqrt ' + v, lambda: D(v).sqrt())
for v in ['1', '-1', '0', '0E-5', '2.5', '1E-30', '10', '100', '-100', '1E+7', '-1E+7', 'inf', '-inf', 'nan']:
    show('exp ' + v, lambda: D(v).exp())
for v in ['10', '2', '1', '1.000', '0.5', '1E-100', '1E+100', '1.0000000001', '0', '-1', 'inf', 'nan']:
    show('ln ' + v, lambda: D(v).ln())
    show('log10 ' + v, lambda: D(v).log10())
show('log10 0.001', lambda: D('0.001').log10())
show('log10 1E+50', lambda: D('1E+50').log10())
for base, exp in [('2', '10'), ('2', '100'), ('7', '40'), ('1.1', '2'), ('10.0', '4'), ('2.0', '3'),
                  ('2.0', '-1'), ('7', '-3'), ('2', '-100'), ('0', '0'), ('0', '-1'), ('-0', '-1'),
                  ('-0', '-2'), ('0', '2'), ('-2', '3'), ('-2', '3.0'), ('-8', '0.5'), ('2', '0.5'),
                  ('4', '0.5'), ('8', '1.5'), ('1', '0.5'), ('1.000', '9E+999998'), ('2', '9E+999998'),
                  ('0.5', '9E+999998'), ('inf', '-0.5'), ('-inf', '3'), ('-inf', '2'), ('1.5', '1E+7'),
                  ('10', '1000000'), ('2', '1E+30'), ('1.01', '1E+9'), ('0.1', '1E+7'), ('100', '2.5'),
                  ('2', 'inf'), ('0.5', 'inf'), ('1', 'inf'), ('-2', 'inf'), ('nan', '0'), ('1', 'nan')]:
    show('%s ** %s' % (base, exp), lambda: D(base) ** D(exp))
show('2 ** int', lambda: D(2) ** 64)
show('int ** D', lambda: 2 ** D('0.5'))
show('D ** float', lambda: D(2) ** 0.5)
show('pow3', lambda: pow(D(3), 4, 5))
show('pow3 neg', lambda: pow(D(-3), 3, 7))
show('pow3 bad', lambda: pow(D('3.5'), 4, 5))
with localcontext(prec=5, rounding=ROUND_UP):
    show('up 7**40', lambda: D(7) ** 40)
    show('up 3**-1', lambda: D(3) ** -1)
    show('up sqrt2', lambda: D(2).sqrt())
    show('up exp1', lambda: D(1).exp())
    show('up 2**0.5', lambda: D(2) ** D('0.5'))
with localcontext(rounding=ROUND_DOWN):
    show('down 4**0.5', lambda: D(4) ** D('0.5'))
with localcontext(rounding=ROUND_FLOOR, prec=7):
    show('floor 100**2.5', lambda: D(100) ** D('2.5'))

for v in ['1e-5', '0', '123.45', '-inf']:
    show('logb ' + v, lambda: D(v).logb())
show('scaleb', lambda: D('5').scaleb(3))
show('scaleb neg', lambda: D('1.5').scaleb(-2))
show('scaleb bad', lambda: D('1.5').scaleb(D('1.5')))
show('remainder_near', lambda: D(10).remainder_near(6))
show('remainder_near 2', lambda: D(10).remainder_near(4))
show('remainder_near 3', lambda: D('-7.5').remainder_near(2))
show('next_plus', lambda: D(1).next_plus())
show('next_minus', lambda: D(1).next_minus())
show('next_plus 0', lambda: D(0).next_plus())
show('next_minus -inf', lambda: D('inf').next_minus())
show('next_plus max', lambda: D('9.999999999999999999999999999E+999999').next_plus())
show('fma', lambda: D('1.5').fma(2, D('0.25')))
