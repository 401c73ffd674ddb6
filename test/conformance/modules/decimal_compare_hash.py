# decimal: comparisons with Decimal/int/float/Fraction, hashing, ordering, max/min/compare.
from fractions import Fraction
from decimal import Decimal as D, getcontext, InvalidOperation, FloatOperation


def show(label, f):
    try:
        out = repr(f())
    except Exception as e:
        out = '%s %s' % (type(e).__name__, e)
    print(label, '->', out)


pairs = [(D('1.0'), D(1)), (D('1.5'), 1), (D('0.5'), 0.5), (D('0.1'), 0.1), (D('1.1'), 1.1),
         (D('0.5'), Fraction(1, 2)), (D('0.3333'), Fraction(1, 3)), (D('-0'), 0), (D('-0'), D(0)),
         (D('inf'), 10 ** 100), (D('-inf'), -1e308), (D('inf'), float('inf')),
         (D(2), 2.0), (D('1E+30'), 10 ** 30), (D('-7'), Fraction(-14, 2))]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b, b == a, b < a, b >= a)

getcontext().clear_flags()
show('NaN == 1', lambda: D('NaN') == 1)
show('NaN != 1', lambda: D('NaN') != 1)
show('NaN == NaN', lambda: D('NaN') == D('NaN'))
show('1 == float nan', lambda: D(1) == float('nan'))
show('NaN < 1', lambda: D('NaN') < 1)
show('1 < float nan', lambda: D(1) < float('nan'))
show('sNaN == 1', lambda: D('sNaN') == 1)
show('D == str', lambda: D(1) == '1')
show('D < str', lambda: D(1) < '1')
show('D == None', lambda: D(1) == None)
show('D == complex', lambda: D(1) == 1j)
show('sorted', lambda: sorted([D('2.5'), 1, D('-1'), 0.5, Fraction(7, 4), D('1.50')]))
show('max', lambda: max(D('1'), D('1.0'), D('0.9')))
show('min mixed', lambda: min(D('1.5'), 1, 2.5))
getcontext().flags[FloatOperation] = False
show('FloatOperation flag after ==', lambda: (D(1) == 1.0, getcontext().flags[FloatOperation]))

for v in ['1', '1.0', '1.00', '0.5', '-0.5', '1E+3', '1000', '0.1', '-0', '0', '12345678901234567890.5',
          '1E+1000', '-1E-1000', 'inf', '-inf', '2.5E-7']:
    d = D(v)
    print(v, hash(d))
print(hash(D(1)) == hash(1), hash(D('0.5')) == hash(0.5), hash(D('1.5')) == hash(Fraction(3, 2)),
      hash(D(10 ** 30)) == hash(10 ** 30), hash(D('-1')) == hash(-1), hash(D('inf')) == hash(float('inf')))
show('hash snan', lambda: hash(D('sNaN')))
print(hash(D('nan')) == hash(D('nan')) or True)
print(len({D(1), D('1.0'), 1, 1.0, Fraction(1)}), {D('0.5'): 'half'}[0.5])

print(bool(D(0)), bool(D('-0.0')), bool(D('0.1')), bool(D('nan')), bool(D('inf')))

for a, b in [('1', '2'), ('2', '1'), ('1.0', '1'), ('-0', '0'), ('nan', '1'), ('1', 'inf'), ('-1', '-1.00')]:
    x, y = D(a), D(b)
    show('compare %s %s' % (a, b), lambda: x.compare(y))
    show('max %s %s' % (a, b), lambda: x.max(y))
    show('min %s %s' % (a, b), lambda: x.min(y))
    show('max_mag %s %s' % (a, b), lambda: x.max_mag(y))
    show('compare_total %s %s' % (a, b), lambda: x.compare_total(y))
show('compare snan', lambda: D('snan').compare(1))
show('compare_signal nan', lambda: D('nan').compare_signal(1))
show('max snan', lambda: D(1).max(D('snan')))
show('compare float', lambda: D(1).compare(1.0))
show('compare int', lambda: D(1).compare(2))
show('compare_total nans', lambda: [D('-nan').compare_total(D('-snan')), D('snan').compare_total(D('nan')),
                                    D('inf').compare_total(D('nan')), D('1.0').compare_total(D('1.00'))])
