# Seeded random: every generator method's exact sequence, Random instances, state save/restore,
# seeding from str/bytes/negative ints/floats, and argument errors.
import random
from collections import Counter

random.seed(12345)
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(5)], random.randrange(10), random.randrange(-5, 5))
print([round(random.uniform(-1, 1), 12) for _ in range(3)], random.random())
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
print(random.choice(deck), random.sample(deck, 5), random.sample(range(1000), 4))
random.shuffle(deck)
print(deck[:8])
print(random.choices("abc", k=10), random.choices("abc", weights=[10, 1, 1], k=10))
print(random.choices(range(4), cum_weights=[1, 2, 10, 11], k=8))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(64), random.getrandbits(100))
print(random.triangular(0, 10, 2), random.triangular())
print(random.betavariate(2, 3), random.expovariate(1.5), random.gammavariate(2.0, 1.5))
print(random.gammavariate(0.5, 1.0), random.gauss(0, 1), random.normalvariate(10, 2))
print(random.lognormvariate(0, 0.5), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.randbytes(6).hex(), random.sample([1, 2, 3, 4, 5], counts=[1, 1, 1, 1, 5], k=6))

r1 = random.Random(42)
r2 = random.Random(42)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)], r1.randint(0, 10**30))
state = r1.getstate()
a = [r1.randrange(1000) for _ in range(5)]
r1.setstate(state)
b = [r1.randrange(1000) for _ in range(5)]
print(a, a == b, len(state), state[0], len(state[1]), state[2])
for seed in ["hello", b"hello", bytearray(b"hi"), -7, 7, 3.5, 2**70, 0, None.__class__.__name__]:
    rr = random.Random(seed)
    print(repr(seed)[:12], rr.randint(0, 999), rr.random())
r3 = random.Random()
r3.seed("abc", version=1)
print(r3.random())
g = random.Random(2024)
counts = Counter(g.choices(["red", "green", "blue"], weights=[5, 3, 2], k=1000))
print(sorted(counts.items()))
rolls = Counter(g.randint(1, 6) + g.randint(1, 6) for _ in range(2000))
print([rolls[i] for i in range(2, 13)])
print(g.binomialvariate(10, 0.3) if hasattr(g, "binomialvariate") else "no binomialvariate")
walk = 0
path = []
for _ in range(20):
    walk += g.choice((-1, 1))
    path.append(walk)
print(path)
errs = [lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.choice([]),
        lambda: random.sample([1, 2], 3), lambda: random.randrange(1, 10, 0),
        lambda: random.choices("ab", weights=[1], k=2), lambda: random.getrandbits(-1),
        lambda: random.randrange(1.5), lambda: random.choices("ab", weights=[0, 0]),
        lambda: random.Random([1, 2]), lambda: random.sample({1, 2}, 1)]
for f in errs:
    try:
        f()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class MyRandom(random.Random):
    def random(self):
        return 0.5


mr = MyRandom(1)
print(mr.choice("abcdef"), mr.uniform(0, 10), mr.randint(1, 10), mr.random())
