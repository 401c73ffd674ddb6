# Sorting with keys: itemgetter/attrgetter/methodcaller, multi-key, stability, reverse, locale-free case folding
from operator import itemgetter, attrgetter, methodcaller, neg
from dataclasses import dataclass
from itertools import groupby
import bisect

students = [
    ("dave", "B", 10, 3.2), ("jane", "A", 12, 3.9), ("john", "A", 15, 3.5), ("Alice", "B", 12, 3.9),
    ("bob", "C", 11, 2.8), ("carol", "A", 10, 3.9), ("Eve", "B", 15, 3.2),
]
print(sorted(students, key=itemgetter(2)))
print(sorted(students, key=itemgetter(1, 2)))
print(sorted(students, key=lambda s: (-s[3], s[0].lower())))
print(sorted(students, key=itemgetter(3), reverse=True))
print([s[0] for s in sorted(students, key=lambda s: s[0])], [s[0] for s in sorted(students, key=lambda s: s[0].casefold())])
by_grade = sorted(students, key=itemgetter(1))
for grade, group in groupby(by_grade, key=itemgetter(1)):
    print(grade, [name for name, *_ in group])
s2 = sorted(students, key=itemgetter(0))
s2.sort(key=itemgetter(3), reverse=True)
print([x[0] for x in s2])

@dataclass
class Emp:
    name: str
    dept: str
    salary: int
    manager: "Emp | None" = None
    def bonus(self, pct):
        return self.salary * pct // 100

boss = Emp("Zed", "exec", 300)
emps = [Emp("ann", "eng", 120, boss), Emp("bo", "ops", 90, boss), Emp("cy", "eng", 150, boss), Emp("di", "ops", 90), Emp("ed", "eng", 120)]
print([e.name for e in sorted(emps, key=attrgetter("dept", "salary"))])
print([e.name for e in sorted(emps, key=attrgetter("salary"), reverse=True)])
print(attrgetter("manager.name")(emps[0]), [e.name for e in sorted(emps[:3], key=attrgetter("manager.salary", "name"))])
try:
    attrgetter("manager.name")(emps[3])
except AttributeError as e:
    print("AttributeError:", e)
print(list(map(methodcaller("bonus", 10), emps)), methodcaller("upper")("abc"), methodcaller("split", ",", 1)("a,b,c"))
print(itemgetter(1)("abc"), itemgetter(slice(1, None))([1, 2, 3]), itemgetter("a", "b")({"a": 1, "b": 2}), repr(itemgetter(1, 2)), repr(attrgetter("x.y")), repr(methodcaller("f", 1, k=2)))
try:
    sorted([1, "2", 3.0])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{"a": 1}, {"a": 2}])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(lambda a: a)
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], key=neg), sorted("bBaAcC"), sorted("bBaAcC", key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[], [1], [0, 5]]))
print(sorted([0.5, float("inf"), -1, 2, -float("inf")]), sorted([True, False, 0, 1, -1]), max(["apple", "Banana", "cherry"], key=len), min([(2, "x"), (1, "y")]))
words = "the Quick brown fox Jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower()), reverse=True), sorted(set(map(str.lower, words))))
data = {"pear": 3, "apple": 3, "fig": 7, "kiwi": 1}
print(sorted(data, key=data.get), sorted(data.items(), key=itemgetter(1, 0)), dict(sorted(data.items(), key=lambda kv: -kv[1])))
ranks = [10, 20, 30, 40]
print(bisect.bisect(ranks, 25), bisect.bisect_left(ranks, 20), bisect.bisect_right(ranks, 20), [("F", "D", "C", "B", "A")[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 60, 77, 99)])
ins = []
for v in (5, 1, 4, 1, 3):
    bisect.insort(ins, v)
print(ins, bisect.bisect_left(emps, 100, key=attrgetter("salary")) if False else bisect.bisect_left(sorted(e.salary for e in emps), 100))
rows = sorted(emps, key=attrgetter("salary"))
print(bisect.bisect_left(rows, 120, key=attrgetter("salary")), bisect.insort(rows, Emp("new", "eng", 100), key=attrgetter("salary")), [r.name for r in rows])
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v > other.v
    def __repr__(self): return f"Rev({self.v})"
print(sorted([Rev(1), Rev(3), Rev(2)]), max([Rev(1), Rev(3)]), min(Rev(1), Rev(3)))
class NoLt:
    pass
try:
    sorted([NoLt(), NoLt()])
except TypeError as e:
    print("TypeError:", e)
big = [(i * 7919) % 1000 for i in range(2000)]
print(sorted(big)[:5], sorted(big, reverse=True)[:3], big.index(max(big)), sorted(range(10), key=lambda x: x % 3))
lst = [5, 2, 9]
print(lst.sort(), lst, sorted(lst, reverse=True), list(reversed(lst)), sorted((3, 1)), sorted({3: 0, 1: 0}), sorted("cba", key=None))
