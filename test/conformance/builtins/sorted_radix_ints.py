# Sorts of many ints, and of int keys or int-tuple keys (key=, items) whose range fits in 32
# bits: stable among equal keys, reverse=True keeping equal keys in their order, negative
# ints, ranges at and past 2**32, floats that are whole numbers, and short lists.
import random

r = random.Random(3)
def digest(xs):
    h = 0
    for x in xs:
        h = (h * 1000003 + hash(x)) % (2 ** 61 - 1)
    return h

for n in (255, 256, 257, 3000, 20000):
    for lo, hi in ((0, 10), (-5, 5), (0, 2 ** 20), (-2 ** 31, 2 ** 31), (0, 2 ** 32 - 1), (-1, 2 ** 32), (-2 ** 40, 2 ** 40)):
        xs = [r.randint(lo, hi) for _ in range(n)]
        a = sorted(xs)
        b = sorted(xs, reverse=True)
        ok = all(a[i] <= a[i + 1] for i in range(n - 1)) and b == a[::-1]
        print(n, lo, hi, ok, a[0], a[-1], digest(a))
        ys = list(xs)
        ys.sort(reverse=True)
        assert ys == b

# Stability: records sorted by an int key, equal keys in their first order, both directions.
recs = [(r.randint(0, 50), i) for i in range(5000)]
by_key = sorted(recs, key=lambda t: t[0])
print(digest(by_key), by_key[:3], by_key[-3:])
by_key_rev = sorted(recs, key=lambda t: t[0], reverse=True)
print(digest(by_key_rev), by_key_rev[:3], by_key_rev[-3:])
neg = sorted(recs, key=lambda t: -t[0])
print(digest(neg), neg[:3])
# Tuples of ints as the items and as keys; a range product past 2**32 falls back.
pairs = [(r.randint(0, 99), r.randint(-1000, 1000)) for _ in range(4000)]
print(digest(sorted(pairs)), digest(sorted(pairs, reverse=True)), sorted(pairs)[:3])
wide = [(r.randint(0, 2 ** 20), r.randint(0, 2 ** 20)) for _ in range(3000)]
print(digest(sorted(wide)), digest(sorted(wide, reverse=True)))
trip = [(r.randint(0, 3), r.randint(0, 3), i) for i in range(2000)]
print(digest(sorted(trip, key=lambda t: (t[0], t[1]))), digest(sorted(trip, key=lambda t: (t[1], t[0]), reverse=True)))
# Whole-number floats as keys (equal ones keep their order; -0.0 equals 0.0).
fl = [(float(r.randint(-3, 3)), i) for i in range(1000)] + [(-0.0, -1), (0.0, -2)]
print(digest(sorted(fl, key=lambda t: t[0])), sorted(fl, key=lambda t: t[0])[len(fl) // 2 - 2:len(fl) // 2 + 2])
d = {i: r.randint(0, 9) for i in range(3000)}
print(digest(sorted(d, key=d.get)), digest(sorted(d.items(), key=lambda kv: kv[1], reverse=True)))
print(sorted([3, 1, 2] * 100)[:5], sorted([True, 2, 1, False] * 100)[:6], sorted([2 ** 64, 1] * 200)[-2:])
