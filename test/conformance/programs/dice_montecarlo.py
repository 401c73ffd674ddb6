# Monte Carlo and dice simulations with a seeded random.Random: results must match CPython bit for bit.
import random
import statistics
from collections import Counter

random.seed(12345)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(2000)]
hist = Counter(rolls)
for total in range(2, 13):
    print('%2d %4d %s' % (total, hist[total], '#' * (hist[total] // 20)))

# estimate pi
rng = random.Random(2024)
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)
print('pi ~', 4 * inside / 20000)

# choices with weights, sample, shuffle
rng = random.Random('seed string')
print(rng.choices(['red', 'green', 'blue'], weights=[5, 3, 1], k=12))
print(rng.choices(range(10), cum_weights=[1, 2, 3, 4, 5, 10, 20, 30, 40, 50], k=8))
print(rng.sample(range(100), 7), rng.sample('abcdefgh', k=3))
deck = [r + s for s in 'SHDC' for r in 'A23456789TJQK']
rng.shuffle(deck)
print(deck[:10])
print(rng.choice(deck), rng.randrange(0, 100, 7), rng.getrandbits(70), rng.randbytes(6).hex())

# distributions
rng = random.Random(7)
g = [rng.gauss(100, 15) for _ in range(500)]
print(round(statistics.mean(g), 6), round(statistics.stdev(g), 6))
print(rng.normalvariate(0, 1), rng.uniform(2.5, 3.5), rng.triangular(0, 10, 3))
print(rng.expovariate(1.5), rng.betavariate(2, 5), rng.gammavariate(2.0, 1.5))
print(rng.lognormvariate(0, 0.5), rng.vonmisesvariate(1, 2), rng.paretovariate(3), rng.weibullvariate(1, 1.5))

# state save/restore
st = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(st)
b = [rng.random() for _ in range(3)]
print(a == b, a)

# a dice game: first to 50 with push-your-luck
def play(seed, threshold):
    r = random.Random(seed)
    scores = [0, 0]
    turn = 0
    rounds = 0
    while max(scores) < 50:
        pot = 0
        while True:
            d = r.randint(1, 6)
            if d == 1:
                pot = 0
                break
            pot += d
            if pot >= threshold[turn]:
                break
        scores[turn] += pot
        turn ^= 1
        rounds += 1
    return scores, rounds

for seed in range(5):
    print(seed, play(seed, (10, 20)))

wins = Counter()
for seed in range(300):
    s, _ = play(seed * 31 + 1, (15, 25))
    wins['A' if s[0] >= 50 else 'B'] += 1
print(sorted(wins.items()))

# random walk
random.seed(99)
pos, maxpos = 0, 0
for step in range(1000):
    pos += random.choice((-1, 1))
    maxpos = max(maxpos, pos)
print(pos, maxpos)
random.seed(3.5)
print(random.random())
random.seed(b'bytes')
print(random.random())
random.seed(-17)
print(random.random(), random.randint(10**20, 10**21))
print(statistics.median(rolls), statistics.mode(rolls), statistics.pvariance([1, 2, 3, 4]))
print(statistics.quantiles(rolls, n=4), statistics.fmean([1.5, 2.5, 3.25]))
