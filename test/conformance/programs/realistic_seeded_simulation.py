# seeded event simulation: random's distributions and sequences, heapq/bisect queues, statistics
import random, heapq, bisect, statistics
random.seed(2024)
print(random.random(), random.randint(1, 6), random.uniform(1, 3), random.gauss(0, 1), random.gauss(10, 2))
print(random.choice("abcdef"), random.choices(range(10), k=5), random.choices("abc", weights=[5, 1, 1], k=6))
print(random.choices("abc", cum_weights=[1, 2, 10], k=4), random.sample(range(100), 5), random.sample("hello", 2))
l = list(range(10)); random.shuffle(l); print(l)
print(random.randrange(10), random.randrange(5, 50, 5), random.getrandbits(70), random.triangular(0, 10, 3))
print(random.expovariate(1.5), random.normalvariate(0, 1), random.lognormvariate(0, 0.5), random.betavariate(2, 3))
print(random.gammavariate(2.0, 1.0), random.gammavariate(0.5, 1.0), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(5), random.sample(range(10**9), 3), random.choice([[1], [2]]))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
r2 = random.Random(7); print(r2.randint(0, 100), r2.random(), random.Random("seed").random(), random.Random(b"x").random())
random.seed(3.5); print(random.random()); random.seed(-5); print(random.random()); random.seed(10**30); print(random.random())
random.seed(1)
events = []
for i in range(8):
    heapq.heappush(events, (round(random.expovariate(1 / 3), 3), i, random.choice(["arrive", "leave", "ping"])))
t = 0
queue = []
served = []
while events:
    when, i, kind = heapq.heappop(events)
    t = when
    if kind == "arrive":
        bisect.insort(queue, (random.randint(1, 5), i))
    elif kind == "leave" and queue:
        served.append(queue.pop(0))
    print(f"t={t:7.3f} #{i} {kind:<6} queue={queue}")
print("served", served)
samples = [random.gauss(100, 15) for _ in range(200)]
print(round(statistics.mean(samples), 6), round(statistics.stdev(samples), 6), round(statistics.median(samples), 6))
print(statistics.mode([1, 2, 2, 3]), statistics.multimode("aabbc"), statistics.median_low([1, 3, 5, 7]), statistics.pvariance([1, 2, 3, 4]))
print(statistics.quantiles(range(1, 101), n=4), statistics.harmonic_mean([40, 60]), statistics.geometric_mean([1, 10, 100]))
print(statistics.fmean([1, 2, 3.5]), statistics.mean([1, 2]), statistics.variance([2.5, 3.5, 1]), statistics.median_grouped([1, 2, 2, 3, 4]))
from fractions import Fraction
print(statistics.mean([Fraction(1, 3), Fraction(1, 2)]), statistics.correlation([1, 2, 3], [2, 4, 7]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
nd = statistics.NormalDist(100, 15); print(nd, round(nd.cdf(115), 10), round(nd.inv_cdf(0.9), 8), nd.pdf(100))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h); print(h, heapq.nsmallest(3, h), heapq.nlargest(2, h, key=lambda x: -x), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(["b", "a"], ["c"], key=str, reverse=True)))
arr = [1, 3, 3, 3, 5, 8]
print([bisect.bisect_left(arr, x) for x in (0, 3, 4, 9)], [bisect.bisect_right(arr, x) for x in (3, 8)], bisect.bisect(arr, 3, 0, 3))
print(bisect.bisect_left([(1, "a"), (3, "c")], 2, key=lambda t: t[0]), bisect.insort_left(arr, 3) or arr)
def grade(score, bps=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(bps, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
class PQ:
    def __init__(self): self._h = []; self._n = 0
    def push(self, pri, item): heapq.heappush(self._h, (pri, self._n, item)); self._n += 1
    def pop(self): return heapq.heappop(self._h)[-1]
    def __len__(self): return len(self._h)
pq = PQ()
for p, it in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "urgent2")]:
    pq.push(p, it)
print([pq.pop() for _ in range(len(pq))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
