# heavier workloads: dataclass objects sorted by several keys, lru_cache recursion, generator pipelines
from dataclasses import dataclass, field
from functools import lru_cache, cache
import random
from operator import attrgetter, itemgetter
from collections import Counter, defaultdict


@dataclass(order=True, frozen=True)
class Rec:
    dept: str
    age: int
    name: str = field(compare=False)
    salary: float = field(default=0.0, compare=False)


rng = random.Random(42)
depts = ["eng", "ops", "sales", "hr"]
recs = [Rec(rng.choice(depts), rng.randint(20, 60), f"p{i}", round(rng.uniform(1e3, 9e3), 2)) for i in range(1500)]
by_multi = sorted(recs, key=lambda r: (r.dept, -r.age, r.name))
print(by_multi[0], by_multi[-1])
s1 = sorted(recs, key=attrgetter("salary"))
s2 = sorted(s1, key=attrgetter("dept"))  # stability: within dept, salary order kept
print(all(a.salary <= b.salary for a, b in zip(s2, s2[1:]) if a.dept == b.dept))
print(sorted(recs)[:2])
print(Counter(r.dept for r in recs).most_common())
groups = defaultdict(list)
for r in recs:
    groups[r.dept].append(r.salary)
print({k: round(sum(v) / len(v), 2) for k, v in sorted(groups.items())})


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print(partitions(90, 90), partitions.cache_info())


@cache
def edit(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))


print(edit("kitten sitting on the mat", "sitting kitten at the mall"))


def numbers(n):
    for i in range(n):
        yield i


def squares(it):
    for x in it:
        yield x * x


def only(pred, it):
    return (x for x in it if pred(x))


total = sum(only(lambda x: x % 3 == 0, squares(numbers(10000))))
print(total)
words = ("".join(rng.choice("abcde") for _ in range(rng.randint(1, 6))) for _ in range(5000))
freq = Counter(words)
print(len(freq), freq.most_common(3))
rows = [(rng.randint(0, 9), rng.random(), i) for i in range(5000)]
rows.sort(key=itemgetter(0))
rows.sort(key=itemgetter(0, 2), reverse=True)
print(rows[:2][0][0], rows[-1][0])
text = " ".join(f"w{i % 97}" for i in range(6000))
idx = {}
for pos, w in enumerate(text.split()):
    idx.setdefault(w, []).append(pos)
print(len(idx), sum(map(len, idx.values())), max(idx, key=lambda k: (len(idx[k]), k)))
parts = []
for i in range(5000):
    parts.append(f"{i:05d}:{i * 7 % 13:x}")
print(len("|".join(parts)), parts[1234])
