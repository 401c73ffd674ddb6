# statistics on seeded random data: mean/median/mode/stdev/variance/quantiles/correlation,
# linear_regression, NormalDist arithmetic, fmean/geometric/harmonic means, errors.
import random
import statistics as st
from statistics import NormalDist, StatisticsError
from fractions import Fraction
from decimal import Decimal

rng = random.Random(7)
heights = [round(rng.gauss(170, 8), 1) for _ in range(50)]
weights = [round(h * 0.45 + rng.uniform(-8, 8), 1) for h in heights]
print(heights[:6], weights[:6])
print("mean", st.mean(heights), "fmean", round(st.fmean(heights), 6))
print("median", st.median(heights), st.median_low(heights), st.median_high(heights))
print("grouped", st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=2))
print("stdev", round(st.stdev(heights), 9), "pstdev", round(st.pstdev(heights), 9))
print("variance", round(st.variance(heights), 9), round(st.pvariance(heights), 9))
print("quantiles", st.quantiles(heights, n=4), st.quantiles(heights, n=5, method="inclusive"))
print("deciles", [round(q, 3) for q in st.quantiles(weights, n=10)])
print("corr", round(st.correlation(heights, weights), 12), "cov", round(st.covariance(heights, weights), 9))
lr = st.linear_regression(heights, weights)
print("lr", round(lr.slope, 9), round(lr.intercept, 9), type(lr).__name__)
print("mode", st.mode([1, 1, 2, 3, 3, 3]), st.mode("abracadabra"), st.multimode("aabbc"), st.multimode([]))
print("geo", round(st.geometric_mean([1, 2, 4, 8]), 12), "harm", st.harmonic_mean([40, 60]), st.harmonic_mean([1, 2], weights=[3, 1]))
print("fractions", st.mean([Fraction(1, 3), Fraction(1, 6)]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
print("decimals", st.mean([Decimal("1.1"), Decimal("2.2")]), st.median([Decimal("3.5"), Decimal("1.5")]), st.stdev([Decimal("1"), Decimal("3")]))
print("ints", st.mean([1, 2, 3, 4]), st.median([1, 3, 2, 4]), st.pvariance([1, 2, 3, 4]), st.variance([2, 4, 6]))
print("mixed", st.mean([1, 2.5]), st.fmean([1, 2, 3], weights=[1, 0, 1]))

nd = NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance)
print(round(nd.cdf(130), 12), round(nd.pdf(100), 12), round(nd.inv_cdf(0.975), 9))
print([round(x, 6) for x in nd.quantiles(4)], round(nd.overlap(NormalDist(110, 10)), 9), round(nd.zscore(85), 9))
print(nd + 10, nd * 2, nd - NormalDist(50, 20), nd / 5, 3 * nd)
fit = NormalDist.from_samples(heights)
print(round(fit.mean, 9), round(fit.stdev, 9))
samples = NormalDist(0, 1).samples(5, seed=3)
print([round(s, 12) for s in samples])
print(NormalDist(1, 2) == NormalDist(1, 2), hash(NormalDist(1, 2)) == hash(NormalDist(1, 2)))

bins = {}
for h in heights:
    b = int(h // 5 * 5)
    bins[b] = bins.get(b, 0) + 1
for b in sorted(bins):
    print(f"{b:>3}-{b + 4:<3} {'#' * bins[b]:<15} {bins[b]:>2}")

for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.variance([]), lambda: st.median([]),
            lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0), lambda: st.correlation([1, 2], [1]),
            lambda: st.correlation([1, 1], [1, 2]), lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]),
            lambda: NormalDist(0, -1), lambda: NormalDist(0, 1).inv_cdf(1.5), lambda: st.mode([]),
            lambda: st.linear_regression([1, 1], [2, 3]), lambda: st.quantiles([1, 2, 3], method="x")]:
    try:
        bad()
    except (StatisticsError, ValueError) as e:
        print(type(e).__name__, "|", e)
