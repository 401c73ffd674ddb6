# statistics.NormalDist: pdf/cdf/inv_cdf/overlap/quantiles to the last bit, from_samples, arithmetic, errors
import statistics as st
from statistics import NormalDist
import random
from fractions import Fraction

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.median, iq.mode, iq.stdev, iq.variance, NormalDist())
print(iq.cdf(130), iq.pdf(100), iq.inv_cdf(0.975), iq.zscore(130), iq.quantiles(), iq.quantiles(5))
for p in (1e-300, 1e-20, 1e-10, 0.0001, 0.02425, 0.075, 0.3, 0.4999999, 0.5, 0.925, 0.9999, 1 - 1e-16):
    print(p, NormalDist().inv_cdf(p))
for i in range(1, 40):
    print(NormalDist(3.5, 2.25).inv_cdf(i / 40), NormalDist(3.5, 2.25).cdf(i / 4 - 2), NormalDist(3.5, 2.25).pdf(i / 4 - 2))
print(iq.overlap(NormalDist(110, 20)), NormalDist(110, 20).overlap(iq), iq.overlap(NormalDist(130, 15)), iq.overlap(iq))
print(iq + 5, iq - 5, iq * 2, iq / 2, 5 + iq, 5 - iq, 2 * iq, iq * -2, +iq, -iq)
print(iq + NormalDist(1, 2), iq - NormalDist(1, 2), iq == NormalDist(100.0, 15), iq == 3, hash(iq) == hash(NormalDist(100, 15)))
print(NormalDist.from_samples([1, 2, 4]), NormalDist.from_samples(iter([1, 2, 3.5])), NormalDist.from_samples([Fraction(1, 3), 2, 5]))
print(NormalDist.from_samples([0.1] * 7 + [0.3]), NormalDist.from_samples([10**20, 1, 3]), NormalDist.from_samples(range(5)))
print(NormalDist(1, 2).samples(4, seed=3), NormalDist(Fraction(1, 2), 2))
random.seed(11)
print(NormalDist(10, 1).samples(3))
flat = NormalDist(1, 0)
for name in ("pdf", "cdf", "inv_cdf", "zscore"):
    try:
        getattr(flat, name)(0.5)
    except st.StatisticsError as e:
        print(name, type(e).__name__, e)
tries = [lambda: NormalDist(0, -1), lambda: iq.inv_cdf(0), lambda: iq.inv_cdf(1.5), lambda: iq.overlap(3),
         lambda: flat.overlap(iq), lambda: NormalDist.from_samples([1]), lambda: 5 / iq, lambda: iq * iq]
for t in tries:
    try:
        print(t())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
try:
    iq.mean = 3
except AttributeError as e:
    print(type(e).__name__, e)
print({NormalDist(1, 2): "key"}[NormalDist(1.0, 2.0)], NormalDist.__module__, iq.quantiles(0))
