# statistics variance, stdev and quantiles: exact results and result types.
from statistics import pvariance, variance, pstdev, stdev, quantiles
from fractions import Fraction as F

datasets = [[1, 2, 3, 4], [1, 2], [1, 2, 3], [2.5, 3.25, 5.5, 11.25, 11.75],
            [F(1, 2), F(3, 4), F(5, 4)], [1, 2.5, F(1, 3)], [True, False, True],
            [1, 1, 2, 3, 3, 3, 4], [-1, -3, 7, 10 ** 20, 5], [0.1] * 10, [3], [5, 5, 5],
            [1e308, 1e308], [1, float('inf')], [0.1, 0.2, 0.3, 0.4]]
functions = [pvariance, variance, pstdev, stdev]
for data in datasets:
    print('data', data)
    for fn in functions:
        try:
            r = fn(data)
            print('  ', fn.__name__, repr(r), type(r).__name__)
        except Exception as e:
            print('  ', fn.__name__, '!!', type(e).__name__, e)
    for kw in [{}, {'n': 10}, {'method': 'inclusive'}, {'n': 3, 'method': 'inclusive'}, {'n': 1}]:
        try:
            print('   quantiles', kw, quantiles(data, **kw))
        except Exception as e:
            print('   quantiles', kw, '!!', type(e).__name__, e)

print(variance([1, 2, 3, 4], 2.5), variance([1, 2, 3], 2), repr(pvariance([1, 2, 3, 4], F(5, 2))),
      pvariance([1, 2, 3, 4], 2))
data = [1.5, 2.5, 2.5, 2.75, 3.25, 4.75]
print(stdev(data), pstdev(data), variance(data), pvariance(data), stdev(data, 2.875), pstdev(data, 2.875))
print(stdev([F(1, 3), F(2, 3), F(5, 3)]), pstdev([10 ** 30, 10 ** 30 + 1]), stdev([1, 2]), pstdev([2, 2, 2]))
print(variance(range(10)), pvariance(range(11)), variance(iter([1, 5, 9])), pstdev(x * 0.5 for x in range(7)))
print(stdev([1e-300, 2e-300, 3e-300]), pstdev([1e150, 3e150]), variance([10 ** 50, 10 ** 50 + 2, 10 ** 50 + 4]))
scores = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99,
          91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121,
          111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print(quantiles(scores, n=10))
print(quantiles(scores, n=4, method='inclusive'), quantiles(iter([F(1, 2), F(3, 2), F(5, 2)])))
