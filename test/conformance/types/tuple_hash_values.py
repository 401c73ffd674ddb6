# hash() of tuples of ints across the 32- and 64-bit boundaries (the tuple hash's 64-bit
# multiply done in 32-bit halves), nested tuples, floats and bools inside, and dicts and sets
# keyed by many such tuples.
import random

vals = [0, 1, -1, -2, 2**31 - 1, 2**31, -2**31, 2**32 - 1, 2**32, 2**53, -2**53, 2**61 - 1, 2**61,
        2**63, -2**63, 2**64 + 5, 1.5, -0.0, 2.0, float('inf'), True, False, 65535, 65536, -65536]
for a in vals:
    print(repr(a), hash((a,)), hash((a, a)), hash((1, a, -1)))
r = random.Random(11)
acc = 0
for i in range(5000):
    t = (r.randrange(-2**63, 2**63), r.randrange(-2**20, 2**20))
    if i % 4 == 0:
        t = (t, (t[1],), ())
    acc = (acc * 1000003 + hash(t)) % (2**61 - 1)
print(acc)
pairs = [(k % 100, k) for k in range(20000)]
d = {p: i for i, p in enumerate(pairs)}
s = set(pairs)
print(len(d), len(s), d[(5, 105)], (99, 19999) in s, (100, 5) in d, sum(d[p] for p in pairs[::7]))
print(d.keys() & {(1, 1), (2, 3), (3, 3)}, sorted(s - set(pairs[5:]))[:3])
