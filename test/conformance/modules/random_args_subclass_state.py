# random: randrange steps, sample counts, seed types refused, subclasses overriding random/getrandbits, state round trips
import random
random.seed(2024)
print(random.randrange(10, 0, -3), random.randrange(-5, 5), random.randrange(0, 10**20, 10**15), random.choices('ab', k=0), random.sample(['x', 'y', 'z'], 3, counts=[1, 2, 3]))
print(random.sample(range(10), k=0), random.choices(range(3), [0.1, 0.2, 0.7]), random.uniform(5, 5), random.triangular(), random.triangular(1, 1))
random.seed(bytearray(b'xy')); print(random.random())
for bad in [(1, 2), [1], {1: 2}]:
    try: random.seed(bad); print('ok', random.random())
    except TypeError as e: print('TypeError', e)
try: random.shuffle([1, 2], random.random)
except TypeError as e: print('TypeError', e)
try: random.randrange(1, 10, 0)
except ValueError as e: print('ValueError', e)
try: random.randrange(10.5)
except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: random.sample(range(5), -1)
except ValueError as e: print('ValueError', e)
try: random.choices([], k=2)
except IndexError as e: print('IndexError', e)
try: random.expovariate(0)
except ZeroDivisionError as e: print('ZeroDivisionError', e)
try: random.getrandbits(0); print(random.getrandbits(0))
except ValueError as e: print('ValueError', e)
class R(random.Random):
    def random(self): return 0.5
r = R(1); print(r.random(), r.choice('abcd'), r.randint(1, 6), r.uniform(0, 10), r.shuffle([1, 2, 3]), r.gauss(0, 1))
class R2(random.Random):
    def getrandbits(self, k): return (1 << k) - 1 if k else 0
r2 = R2(); print(r2.randrange(10) if False else '', r2.getrandbits(8))
random.seed(99); s = random.getstate(); print(s[0], s[2], len(s[1]), s[1][-1])
r3 = random.Random(); r3.setstate(s); print(r3.random() == random.random())
try: r3.setstate((9, (), None))
except ValueError as e: print('ValueError', e)
random.seed(5); print([round(random.gauss(), 6) for _ in range(4)], [round(random.normalvariate(), 6) for _ in range(3)])
random.seed(5); print(random.binomialvariate(20, 0.5) if hasattr(random, 'binomialvariate') else 'n/a')
print(random.Random(0).sample(range(1000), 5), random.Random(0).choices(range(1000), k=5))
x = list(range(10)); random.Random(3).shuffle(x); print(x)
print(random.Random(12).randbytes(5), random.Random(12).getrandbits(40).to_bytes(5, 'little'))
