# d[k], d[k] = v and `k in d` on dicts inside hot loops: str and int keys are looked up
# inline by compiled code; keys that need __eq__, dict subclasses, and missing keys are not.


class Same:
    """Equal to every int with the same hash: a dict holding one must ask it."""

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        print("eq", self.n, other) if self.n == 7 and other == 7 else None
        return self.n == other


class Counter(dict):
    def __missing__(self, key):
        return 0


def word_counts(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] = counts[w] + 1
        else:
            counts[w] = 1
    return counts


def int_keys(n):
    d = {}
    for i in range(n):
        d[i % 17] = d.get(i % 17, 0) + i
    t = 0
    for i in range(n):
        if i % 17 in d and i not in (3, 4):
            t += d[i % 17]
    return d[16], t, 40 in d, 16 in d


def mixed_keys(n):
    d = {1.0: "float one", True: "true", 2: "two"}
    out = []
    for i in range(n):
        d[1] = i
        out.append(d[1.0] + d[True])
    return d, out[-1]


def by_value_keys(n):
    d = {Same(7): "seven", 8: "eight"}
    t = 0
    for i in range(n):
        if 8 in d:
            t += len(d[8])
    print(d[7])
    d[7] = "replaced"
    return t, list(d.values())


def subclass(n):
    c = Counter()
    for i in range(n):
        c[i % 5] = c[i % 5] + 1
    return sorted(c.items()), c["absent"]


def missing(n):
    d = {"a": 1}
    t = 0
    for i in range(n):
        t += d["a"]
        if i == n - 1:
            t += d["b"]
    return t


def nested(n):
    grid = {}
    for i in range(n):
        row = grid.setdefault(i % 3, {})
        row[i % 4] = row.get(i % 4, 0) + 1
    return {k: dict(sorted(v.items())) for k, v in sorted(grid.items())}


words = ("to be or not to be that is the question " * 300).split()
print(sorted(word_counts(words).items()))
print(int_keys(3000))
print(mixed_keys(3000))
print(by_value_keys(3000))
print(subclass(3000))
print(nested(3000))
try:
    missing(3000)
except KeyError as e:
    print("KeyError", e)
d = {}
for i in range(3000):
    d[str(i % 50)] = i
print(len(d), d["49"], "7" in d, 7 in d)
missing(3000)
