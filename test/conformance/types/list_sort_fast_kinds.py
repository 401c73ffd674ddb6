# Sorting keys of one kind (ints, floats, strs, tuples) compares them directly: same order as the generic
# path, NaN and bool and astral-character edge cases included, and user __lt__ calls in the same sequence.
import random
random.seed(5)
class K:
    log = []
    def __init__(self, v): self.v = v
    def __lt__(self, o): K.log.append((self.v, o.v)); return self.v < o.v
    def __repr__(self): return f"K({self.v})"
nan = float('nan')
cases = [
    [3, 1, 2, 1, -5, 2**60, -2**70, 0],
    [1.5, nan, 0.5, -0.0, 0.0, nan, 2.0],
    ["b", "a", "\U0001F600", "\uffff", "ab", "", "\ud7ff"],
    [(1, "b"), (1, "a"), (0, "z"), (2**65, 1), (-1, 2)],
    [(1.0, 2), (nan, 1), (1.0, 1), (0.5, 3)],
    [("b", 1), ("a", 2), ("b", 0), ("\U0001F600", 1), ("\uffff", 2)],
    [(True, 2), (1, 1), (False, 5), (0, 0)],
    [True, 1, False, 0, 2],
    [(), (1,), (0, 1)],
    [1, 2.5, 0, -1.5],
]
for c in cases:
    for rev in (False, True):
        r = sorted(c, reverse=rev)
        print([repr(x) for x in r])
        print([repr(x) for x in sorted(c, key=lambda x: x, reverse=rev)])
ks = [K(random.randint(0, 9)) for _ in range(20)]
print(sorted(ks), len(K.log), K.log[:10])
K.log.clear()
print(sorted([(1, K(3)), (1, K(1)), (0, K(2)), (1, K(2))]), K.log)
big = [random.randint(-10**6, 10**6) for _ in range(5000)]
s = sorted(big); print(s[:5], s[-5:], s == sorted(big, key=lambda x: x))
words = [random.choice(["x", "y", "zz", "\U00010000", "\uffff"]) + str(i % 7) for i in range(200)]
print(sorted(words)[:20])
print(sorted(words, reverse=True)[:20])
pairs = [(i % 5, str(i)) for i in range(50)]
print(sorted(pairs, reverse=True)[:10], sorted(pairs, key=lambda p: p[0])[:10])
fl = [random.random() for _ in range(100)] + [nan]
print(sorted(fl)[:3])
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print("TypeError", e)
l = [3, 2, 1]
def bad(x):
    l.append(x)
    return x
try:
    l.sort(key=bad)
except ValueError as e:
    print("ValueError", e, l)


# The direct comparisons agree with the generic `<` (forced through a wrapper's __lt__).
class W:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


def generic_sorted(data, key=None, reverse=False):
    k = (lambda x: W(x)) if key is None else (lambda x: W(key(x)))
    return sorted(data, key=k, reverse=reverse)


def check(name, data, key=None):
    for rev in (False, True):
        fast = sorted(data, key=key, reverse=rev)
        slow = generic_sorted(data, key=key, reverse=rev)
        same = len(fast) == len(slow) and all(a is b for a, b in zip(fast, slow))
        print(name, rev, same)


random.seed(11)
ints = [random.randint(-50, 50) for _ in range(300)]
check("ints", ints)
check("int keys", list(range(300)), key=lambda i: ints[i])
check("int keys big", list(range(300)), key=lambda i: ints[i] * 2**62)
check("str keys", list(range(300)), key=lambda i: "k" + str(ints[i] % 17))
check("tuples", [(i % 3, str(i % 5), i % 2 == 0) for i in range(200)])
check("tuples mixed", [(i % 3, (i % 4) * 0.5 if i % 2 else i % 4, "x") for i in range(200)])
check("tuples nested", [((i % 3, i % 2), [i % 4]) for i in range(100)])
check("tuple lengths", [tuple(range(i % 4)) for i in range(50)])
check("float tuples", [(nan if i % 7 == 0 else float(i % 5), i % 3) for i in range(100)])
check("bool tuples", [(True if i % 3 else 1, i % 4) for i in range(60)])
check("float keys", list(range(100)), key=lambda i: (i * 37 % 11) / 3)
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print("TypeError", e)
