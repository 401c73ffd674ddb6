# statistics: averages, spread, quantiles, correlation, regression, NormalDist, Fraction/Decimal data, errors
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
data = [2.5, 3.25, 5.5, 11.25, 1.0, 3.25]
print(st.mean(data), st.fmean(data), st.geometric_mean(data), st.harmonic_mean(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=2), st.mode([1, 1, 2, 3, 3, 3]), st.mode('aabbbc'), st.multimode('aabbcd'), st.multimode([]))
print(st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data), st.variance(data, 4.0), st.pvariance([1, 2, 3, 4], mu=2.5))
print(st.mean([F(1, 3), F(2, 3), F(5, 7)]), st.variance([F(1, 3), F(2, 3), F(5, 7)]), st.mean([D('1.1'), D('2.2'), D('3.35')]), st.stdev([D('1.5'), D('2.5'), D('2.5'), D('2.75')]))
print(st.mean([1, 2, 3, 4]), st.mean([1, 2]), st.median([1, 3]), st.median([1, 2, 3]), st.fmean([1, 2, 3], weights=[3, 1, 1]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.quantiles(range(1, 101)), st.quantiles([1, 5, 7, 9, 22, 30], n=10), st.quantiles([1, 5, 7, 9, 22, 30], n=5, method='inclusive'), st.quantiles([3.5, 1.5], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
r = st.linear_regression(x, [2 * v + 1 for v in x]); print(r.slope, r.intercept, r)
for fn, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.stdev, [1]), (st.variance, [1]), (st.harmonic_mean, [-1, 2]), (st.geometric_mean, [0, 1]), (st.quantiles, [1]), (st.pvariance, []), (st.fmean, [])]:
    try: print(fn(arg))
    except st.StatisticsError as e: print(fn.__name__, 'StatisticsError', e)
for args in [([1, 2], [1]), ([1, 1, 1], [1, 2, 3]), ([1], [2])]:
    try: print(st.correlation(*args))
    except st.StatisticsError as e: print('StatisticsError', e)
try: st.linear_regression([1, 1], [1, 2])
except st.StatisticsError as e: print('StatisticsError', e)
try: st.quantiles([1, 2], n=0)
except st.StatisticsError as e: print('StatisticsError', e)
try: st.quantiles([1, 2], method='x')
except ValueError as e: print('ValueError', e)
try: st.mean(['a'])
except TypeError as e: print('TypeError', e)
n = st.NormalDist(100, 15)
print(n, n.cdf(115), n.inv_cdf(0.9), n.pdf(100), n.quantiles(4), n.zscore(130), n + 5, n * 2, n.overlap(st.NormalDist(110, 10)), st.NormalDist.from_samples([1, 2, 3, 4]))
print(st.mean([True, False, True]), st.median(['a', 'c', 'b']), st.mode([1.5, 1.5, 2]), st.pstdev([1.5, 2.5]), st.stdev([1, 2, 3, 4, 100]), type(st.mean([1, 2])), type(st.mean([1.0, 2])), type(st.variance([1, 2, 4])))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([0, 5]), st.fmean(iter([1.5, 2.5])), st.median_grouped([1, 3, 3, 5, 7], interval=1))
