# random: methods draw through an instance's own random/getrandbits/_randbelow attributes
# (random.py reads self.random), and version-2 states with signed words are taken mod 2**32.
import random

g = random.Random(1)
g.random = [0.0, 0.25, 0.5, 0.75, 0.999][::-1].pop
print([round(g.uniform(1.0, 10.0), 6) for _ in range(5)])
g = random.Random(1)
g.random = iter([0.1, 0.9, 0.5, 0.3, 0.7, 0.2, 0.6]).__next__
print(round(g.expovariate(2.0), 6), round(g.triangular(0, 10, 5), 6))
g = random.Random(2)
g.getrandbits = lambda k: k - 1
print(g.randrange(7), g.randrange(3))
g = random.Random(3)
g._randbelow = lambda n: n - 1
print(g.choice('abcdef'), g.randrange(10, 20))
del g._randbelow
g2 = random.Random(3)
print(g.random() == g2.random())
state = random.Random(5).getstate()
signed = tuple(w - 2 ** 32 if w >= 2 ** 31 else w for w in state[1])
r = random.Random()
r.setstate((2, signed, None))
print(r.getstate() == state, r.random() == random.Random(5).random())
try:
    r.setstate((3, signed, None))
except OverflowError as e:
    print('OverflowError:', e)
for word in (2 ** 32 + 7, 2 ** 64, -1):
    try:
        r.setstate((3, (word,) + state[1][1:], None))
        print(r.getstate()[1][0])
    except OverflowError as e:
        print('OverflowError:', e)
