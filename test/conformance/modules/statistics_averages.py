# statistics averages: values and result types for int, float, Fraction and mixed data.
from statistics import (mean, fmean, median, median_low, median_high, median_grouped,
                        mode, multimode, harmonic_mean, geometric_mean)
from fractions import Fraction as F

datasets = [[1, 2, 3, 4], [1, 2], [1, 2, 3], [2.5, 3.25, 5.5, 11.25, 11.75],
            [F(1, 2), F(3, 4), F(5, 4)], [1, 2.5, F(1, 3)], [True, False, True],
            [1, 1, 2, 3, 3, 3, 4], [-1, -3, 7, 10 ** 20, 5], [0.1] * 10, [3],
            [1e308, 1e308], [1, float('inf')], [F(1, 3), F(2, 3), 1], [7, 7, 7]]
functions = [mean, fmean, median, median_low, median_high, median_grouped, mode, multimode,
             harmonic_mean, geometric_mean]
for data in datasets:
    print('data', data)
    for fn in functions:
        try:
            r = fn(data)
            print('  ', fn.__name__, repr(r), type(r).__name__)
        except Exception as e:
            print('  ', fn.__name__, '!!', type(e).__name__, e)

print(mean(iter([1, 2, 3, 4])), mean(range(1, 11)), mean((x / 10 for x in range(5))))
print(fmean(iter([1, 2, 3])), fmean([1, 2, 3], weights=[3, 2, 1]), fmean(iter([1, 2]), weights=iter([1, 1])))
print(fmean([F(1, 3), F(2, 3)], [1, 2]))
print(harmonic_mean([40, 60]), harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([1, 0, 2]),
      repr(harmonic_mean([F(1, 2), F(1, 3)])), harmonic_mean([2.5]), harmonic_mean([4]),
      harmonic_mean(iter([1, 4, 4])), harmonic_mean([1, 2], weights=iter([0, 3])))
print(round(geometric_mean([54, 24, 36]), 9), geometric_mean([2, 8]), geometric_mean(iter([1.5, 6.0])))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=1),
      median_grouped([1, 3, 3, 5, 7], interval=2), median_grouped([F(1, 2), F(3, 2)]),
      median_grouped([25, 35, 35, 45, 45, 45], 10))
print(median(['b', 'c', 'a']), median_low(['b', 'd', 'a', 'c']), median_high(['b', 'd', 'a', 'c']))
print(mode(['red', 'blue', 'blue', 'red', 'green']), mode(iter('aab')), mode([1.5, 2, 2.0]), mode([(1, 2), (1, 2), (3,)]))
print(multimode('aabbbbccddddeeffffgg'), multimode(''), multimode([3, 1, 2]), multimode(iter([1, 1, 2, 2, 3])))
