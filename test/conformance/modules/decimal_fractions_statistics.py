# decimal with fractions.Fraction and statistics.
from decimal import Decimal as D, localcontext
from fractions import Fraction as F
import statistics


def show(label, f):
    try:
        out = repr(f())
    except Exception as e:
        out = '%s %s' % (type(e).__name__, e)
    print(label, '->', out)


show('F(D)', lambda: F(D('1.5')))
show('F(-D)', lambda: F(D('-0.125')))
show('F(D 1E+3)', lambda: F(D('1E+3')))
show('F(D nan)', lambda: F(D('nan')))
show('F(D inf)', lambda: F(D('-inf')))
show('F(D, 2)', lambda: F(D(1), 2))
show('from_decimal', lambda: F.from_decimal(D('2.50')))
show('from_decimal int', lambda: F.from_decimal(3))
show('from_decimal float', lambda: F.from_decimal(1.5))
show('from_decimal str', lambda: F.from_decimal('x'))
show('from_decimal snan', lambda: F.from_decimal(D('snan')))
show('F + D', lambda: F(1, 2) + D(1))
show('D + F', lambda: D(1) + F(1, 2))
show('F == D', lambda: F(1, 2) == D('0.5'))
show('F < D', lambda: F(1, 3) < D('0.5'))
show('D >= F', lambda: D('0.5') >= F(1, 2))
show('F == D nan', lambda: F(1, 2) == D('nan'))

data = [D('1.5'), D('2.25'), D('3'), D('4.75')]
for name in ['mean', 'median', 'median_low', 'median_high', 'variance', 'stdev', 'pvariance', 'pstdev', 'fmean']:
    show(name, lambda: getattr(statistics, name)(data))
show('mean ints', lambda: statistics.mean([D(1), D(2), D(2)]))
show('mean mixed int', lambda: statistics.mean([D(1), 2, D('2.5')]))
show('mode', lambda: statistics.mode([D(1), D(1), 2]))
show('harmonic one', lambda: statistics.harmonic_mean([D('2.5')]))
show('harmonic', lambda: statistics.harmonic_mean([D(1), D(2), D(4)]))
show('stdev 3', lambda: statistics.stdev([D(1), D(2), D(4)]))
show('variance mixed', lambda: statistics.variance([D(1), 2, 3]))
show('quantiles', lambda: statistics.quantiles(data, n=4))
show('mean nan', lambda: statistics.mean([D('nan'), D(1)]))
show('pstdev exact', lambda: statistics.pstdev([D(1), D(3)]))
show('stdev zero', lambda: statistics.stdev([D(2), D(2)]))
with localcontext(prec=5):
    show('mean prec5', lambda: statistics.mean([D(1), D(2), D(4)]))
    show('pstdev prec5', lambda: statistics.pstdev([D(1), D(2), D(4)]))
