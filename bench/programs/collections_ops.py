# Lists and dicts: insertion, lookup, deletion, sorting, slicing, comprehensions.
import sys


def run(n):
    seed = 42
    keys = []
    for i in range(n):
        seed = (seed * 1664525 + 1013904223) % 4294967296
        keys.append(seed % (n * 4))
    d = {}
    for i, k in enumerate(keys):
        d[k] = i
    hits = 0
    for k in range(0, n * 4, 3):
        if k in d:
            hits += d[k] & 3
    strs = {}
    for k in keys[: n // 2]:
        strs["k" + str(k)] = k
    found = 0
    for k in keys[::3]:
        found += strs.get("k" + str(k), -1) > 0
    for k in keys[: n // 4]:
        d.pop(k, None)
    srt = sorted(keys)
    rev = sorted(keys, key=lambda x: -x)
    pairs = sorted([(k % 100, k) for k in keys[: n // 2]])
    lst = [k for k in srt if k & 1]
    lst.reverse()
    lst.sort()
    acc = 0
    for i in range(0, len(lst), 7):
        acc = (acc + lst[i] * i) % 1000000007
    return len(d), hits, found, srt[n // 2], rev[0], pairs[-1], len(lst), acc


n = int(sys.argv[1]) if len(sys.argv) > 1 else 250000
print("checksum", *run(n))
