# Sorting tuples of ints and strs (the items, or keys) compares them column by column without
# dispatch; the result must be CPython's stable order, equal keys in their original order,
# reversed sorts included, and any other kind of tuple falls back to the general comparison.
import random

rnd = random.Random(5)
pairs = [(rnd.randint(0, 9), rnd.randint(-5, 5)) for _ in range(3000)]
print(sorted(pairs)[:8], sorted(pairs, reverse=True)[:8], sorted(pairs)[1500])
words = ["".join(rnd.choice("abcé") for _ in range(rnd.randint(0, 3))) for _ in range(2000)]
recs = [(w, rnd.randint(0, 3), i) for i, w in enumerate(words)]
s1 = sorted(recs, key=lambda r: (r[1], r[0]))
print(s1[:6], s1[-3:])
s2 = sorted(recs, key=lambda r: (-r[1], r[0]), reverse=True)
print(s2[:6], s2[-3:])
# equal keys keep their order (stability), forwards and reversed
tagged = [((i % 3, "x"), i) for i in range(40)]
print([t[1] for t in sorted(tagged, key=lambda t: t[0])])
print([t[1] for t in sorted(tagged, key=lambda t: t[0], reverse=True)])
# identity of equal tuples: the first of equals stays first
a, b = (1, "a"), (1, "a")
out = sorted([b, (0, "z"), a])
print(out, out[1] is b, out[2] is a)
# other kinds: fall back (floats, bools, big ints, None, nested tuples, surrogates, widths)
mixed = [
    [(1, 2.5), (1, 2), (0, 9)],
    [(True, 1), (0, 2), (1, 0)],
    [(2 ** 70, 1), (5, 1), (-(2 ** 70), 0)],
    [((1, 2), 3), ((1, 1), 4)],
    [("\ud83d", 1), ("\ufffd", 1), ("a", 2)],
    [(1, 2, 3), (1, 2), (0,), ()],
    [(1, "a"), (1, 2)],
]
for m in mixed:
    try:
        print(sorted(m))
    except TypeError as e:
        print("TypeError", e)
l = [(3, "c"), (1, "a"), (2, "b"), (1, "a")]
l.sort(reverse=True)
print(l)
big = [(rnd.randint(0, 50), rnd.choice(["p", "q", "r"]), rnd.randint(0, 10 ** 6)) for _ in range(20000)]
sb = sorted(big)
print(sb[0], sb[-1], sb[9999], all(sb[i] <= sb[i + 1] for i in range(len(sb) - 1)))
print(sorted(range(30), key=lambda i: (i % 4, -i))[:10])
# floats: a column of their values when no NaN is among them (stable for -0.0 == 0.0)
fs = [rnd.uniform(-5, 5) for _ in range(3000)] + [0.0, -0.0, 0.0, -0.0, 1e308, -1e308, float("inf"), float("-inf")]
sf = sorted(fs)
print(sf[:3], sf[-3:], [repr(x) for x in sf if x == 0], all(sf[i] <= sf[i + 1] for i in range(len(sf) - 1)))
print([repr(x) for x in sorted([0.0, -0.0, -0.0, 0.0], reverse=True)])
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5]), sorted([nan, 2.0, 1.0], reverse=True))
print(sorted(["b", "a", "c"], key=lambda s: {"a": 2.5, "b": 1.5, "c": -0.0}[s]))
print(sorted(range(20), key=lambda i: (i % 3) * 0.5, reverse=True))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted([-3, 2, -1], key=abs), sorted(["B", "a", "C"], key=str.lower))
