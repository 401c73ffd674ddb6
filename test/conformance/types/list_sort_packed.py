# Sorts of int keys and of tuples of ints (tpy packs each key and its place into one double
# and sorts those natively when the columns' ranges fit): stability, reverse, negative keys,
# ranges too wide to pack, floats that are whole numbers, infinities, -0.0 beside 0.0.
import hashlib

def h(xs):
    return hashlib.md5(repr(xs).encode()).hexdigest()[:12]

n = 30000
ints = []
wide = []
seed = 7
for i in range(2 * n):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    if i < n:
        ints.append(seed % 1000 - 500)
    else:
        wide.append((seed >> 1) * (1 << 22) + seed % 5)
items = list(range(n))
for rev in (False, True):
    print(h(sorted(ints, reverse=rev)), h(sorted(wide, reverse=rev)))
    # stability: the items come back in their order among equal keys
    print(h(sorted(items, key=lambda i: ints[i] // 7, reverse=rev)))
    print(h(sorted(items, key=lambda i: -(ints[i] % 13), reverse=rev)))
    print(h(sorted(items, key=lambda i: wide[i], reverse=rev)))
    pairs = [(ints[i] % 10, -ints[i], i % 3) for i in range(n)]
    print(h(sorted(pairs, reverse=rev)))
    print(h(sorted(items, key=lambda i: (ints[i] % 5, ints[i] // 100), reverse=rev)))
    print(h(sorted(items, key=lambda i: (wide[i], ints[i]), reverse=rev)))
    floats = [float(x) for x in ints] + [-0.0, 0.0, -0.0]
    print(h(sorted(floats, reverse=rev)), sorted(floats, reverse=rev)[n // 2:n // 2 + 3])
    fidx = list(range(len(floats)))
    print(h(sorted(fidx, key=lambda i: floats[i], reverse=rev)))
    print(sorted([float('inf')] * 3 + [1.0], reverse=rev), sorted([float('-inf'), float('inf'), 2.0, -1.5], reverse=rev))
    print(sorted(range(8), key=lambda i: float('inf'), reverse=rev), sorted(range(8), key=lambda i: [-3, 2][i % 2], reverse=rev))
    print(sorted([(1, 2), (1, -2), (0, 5), (1, 2)], reverse=rev), sorted([(2 ** 52, 1), (-2 ** 52, 0), (0, 0)], reverse=rev))
    big = [2 ** 60 - k for k in range(20)] + [5, -3]
    print(sorted(big, reverse=rev)[:3], sorted(range(22), key=lambda i: big[i], reverse=rev)[:5])
l = ints[:]
l.sort(key=lambda x: x % 17)
print(h(l), l[:10])
l.sort(reverse=True)
print(h(l), l[:5], l[-5:])
