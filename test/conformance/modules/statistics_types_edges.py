# statistics: result types for subclasses and mixed data, the xbar/mu argument,
# weights, NaN and infinities, Decimal corners, and the type errors.
import statistics
from statistics import *
from fractions import Fraction as F
from decimal import Decimal as D


class MyFloat(float):
    pass


class MyInt(int):
    pass


class MyFraction(F):
    pass


def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


nan = float('nan')
inf = float('inf')

# Subclasses: the most derived type wins, int subclasses give float when inexact.
show('mean MyFloat', lambda: mean([MyFloat(1.5), MyFloat(2.5)]))
show('mean MyFloat+float', lambda: mean([1.0, MyFloat(2.0)]))
show('mean MyInt whole', lambda: mean([MyInt(2), MyInt(4)]))
show('mean MyInt half', lambda: mean([MyInt(1), MyInt(2)]))
show('mean MyInt+int', lambda: mean([MyInt(1), 3]))
show('mean MyFraction', lambda: mean([MyFraction(1, 3), F(1, 6)]))
show('mean bools', lambda: mean([True, True]))
show('mean bool+float', lambda: mean([True, 0.5]))
show('variance MyFloat', lambda: variance([MyFloat(1), MyFloat(2), MyFloat(4)]))
show('pvariance MyInt', lambda: pvariance([MyInt(1), MyInt(3)]))
show('mean F+float', lambda: mean([F(1, 3), 0.5]))
show('mean float+F', lambda: mean([0.5, F(1, 3)]))
show('mean D+float', lambda: mean([D(1), 1.5]))
show('mean float+D', lambda: mean([1.5, D(1)]))
show('mean D+bool', lambda: mean([D('1.5'), True]))
show('mean None', lambda: mean([None]))
show('mean complex', lambda: mean([1j, 2j]))
show('variance str', lambda: variance(['ab']))

# The centre argument decides the result type too.
show('variance xbar float', lambda: variance([1, 2, 3], 2.0))
show('variance xbar F', lambda: variance([1, 2, 3], F(2)))
show('pvariance mu F', lambda: pvariance([1, 2, 4], F(7, 3)))
show('stdev xbar', lambda: stdev([1, 2, 3, 4], 2))
show('pstdev mu', lambda: pstdev([1.5, 2.5], 2.0))
show('pstdev mu D', lambda: pstdev([D(1), D(3)], D(2)))
show('variance xbar D', lambda: variance([D(1), D(3)], D(1)))
show('variance xbar off', lambda: variance([1, 2, 3], 10))
show('pvariance gen mu', lambda: pvariance((x for x in [1, 2, 3]), 2))

# NaN and infinities.
show('mean nan', lambda: mean([1, nan]))
show('mean inf', lambda: mean([1.5, inf]))
show('mean -inf inf', lambda: mean([-inf, inf]))
show('variance nan', lambda: variance([nan, 1.0]))
show('pvariance inf', lambda: pvariance([inf, 1.0, 2.0]))
show('stdev nan', lambda: stdev([nan, 1.0]))
show('pstdev inf', lambda: pstdev([inf, 1.0]))
show('fmean inf', lambda: fmean([inf, 1]))
show('median nan', lambda: median([nan, 1.0, 2.0]))
show('harmonic inf', lambda: harmonic_mean([inf, 2.0]))
show('geometric inf', lambda: geometric_mean([inf, 2.0]))

# Weights.
show('harmonic F weights', lambda: harmonic_mean([2, 4], weights=[F(1, 2), F(1, 2)]))
show('harmonic float weights', lambda: harmonic_mean([2, 4], weights=[0.5, 1.5]))
show('harmonic zero with weight', lambda: harmonic_mean([0, 4], weights=[1, 2]))
show('harmonic zero no weight', lambda: harmonic_mean([0, 4], weights=[0, 2]))
show('harmonic D weights', lambda: harmonic_mean([D(2), D(4)], weights=[1, 3]))
show('harmonic one weighted', lambda: harmonic_mean([5], weights=[2]))
show('harmonic one neg weighted', lambda: harmonic_mean([-5], weights=[2]))
show('harmonic F', lambda: harmonic_mean([F(1, 2), F(1, 4), 1]))
show('harmonic D single', lambda: harmonic_mean([D('-2')]))
show('harmonic tuple single', lambda: harmonic_mean([(1,)]))
show('harmonic str pair', lambda: harmonic_mean(['a', 'b']))
show('fmean weights gen', lambda: fmean([1, 2, 3], weights=(w for w in [1, 1, 2])))
show('fmean weights short', lambda: fmean(iter([1, 2, 3]), weights=[1, 1]))
show('fmean weights zero sum', lambda: fmean([1, 2], weights=[0, 0]))
show('fmean str', lambda: fmean(['a']))

# Medians and quantiles over other types.
show('median F', lambda: median([F(1, 3), F(2, 3)]))
show('median D', lambda: median([D(1), D(2)]))
show('median ints even', lambda: median([1, 3]))
show('median_grouped F interval', lambda: median_grouped([1, 2, 2, 3], F(1, 2)))
show('median_grouped D', lambda: median_grouped([D(1), D(2), D(2)]))
show('median_grouped one', lambda: median_grouped([5]))
show('median_grouped runs', lambda: median_grouped([1, 2, 2, 2, 3, 3, 4, 5], 2))
show('median_grouped str interval', lambda: median_grouped([1, 2], '2'))
show('quantiles F', lambda: quantiles([F(1), F(2), F(4)], n=3))
show('quantiles D', lambda: quantiles([D(1), D(2), D(4)], n=3))
show('quantiles two', lambda: quantiles([1, 2], n=5))
show('quantiles two incl', lambda: quantiles([1, 2], n=5, method='inclusive'))
show('quantiles neg n', lambda: quantiles([1, 2], n=-1))
show('quantiles float n', lambda: quantiles([1, 2, 3], n=2.0))
show('quantiles method None', lambda: quantiles([1, 2, 3], method=None))
show('quantiles ten incl', lambda: quantiles(range(10), n=7, method='inclusive'))

# Modes over unusual data.
show('mode nan', lambda: mode([nan, 1.0]))
show('mode tie first', lambda: mode([3, 1, 1, 3]))
show('mode unhashable', lambda: mode([[1], [1]]))
show('multimode unhashable', lambda: multimode([[1]]))
show('multimode dict', lambda: multimode({'a': 1, 'b': 2}))
show('mode set', lambda: mode({5}))

print([n for n in ('mean', 'fmean', 'median_grouped', 'pstdev', 'quantiles', 'multimode') if n in statistics.__all__])
print(StatisticsError('x'), repr(StatisticsError('x')))
