# random.Random subclasses: an overridden random(), getrandbits() or _randbelow() drives every method; SystemRandom; paretovariate
import random

class Fixed(random.Random):
    def random(self):
        return 0.5

f = Fixed(1)
print(f.choice([1, 2, 3]), f.uniform(0, 10), f.randrange(100), f.randint(1, 6), f.choices("abc", k=3))
l = list(range(6))
f.shuffle(l)
print(l)
print(f.sample(range(10), 3), f.gauss(), f.triangular(), f.expovariate(1), f.random(), f.getrandbits(8) >= 0)

class Bits(random.Random):
    def getrandbits(self, k):
        print("getrandbits", k)
        return 1

b = Bits(2)
print(b.randrange(3), b.choice("xyz"), b.randbytes(2), b.random() < 1)

class Below(random.Random):
    def _randbelow(self, n):
        return n - 1

print(Below(0).choice("abc"), Below(0).randrange(10), Below(0).sample("abcd", 2))

class Counting(random.Random):
    def __init__(self, x=None):
        self.calls = 0
        super().__init__(x)

    def random(self):
        self.calls += 1
        return super().random()

    def seed(self, a=None, version=2):
        print("seed called with", a)
        super().seed(a, version)

c = Counting(7)
print(c.uniform(1, 2), c.calls, c.normalvariate(0, 1), c.calls, c.choice([1, 2, 3]), c.calls)

s = random.SystemRandom()
print(type(s).__name__, isinstance(s, random.Random), 0 <= s.random() < 1, len(s.randbytes(5)), s.getrandbits(0), s.getrandbits(10) < 1024)
print(s.choice([7]), s.randint(3, 3), sorted(s.sample(range(5), 5)), s.seed(123))
for fn in [s.getstate, lambda: s.setstate(None), lambda: s.getrandbits(-1), lambda: s.randbytes(-1), lambda: s.getrandbits()]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)

random.seed(3)
print(random.paretovariate(1.5), random.paretovariate(0.7), random.paretovariate(3))
