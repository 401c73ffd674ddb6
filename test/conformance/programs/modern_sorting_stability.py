# sorting stability with multiple keys, custom keys, cmp_to_key, reverse, locale-free string sorting
from functools import cmp_to_key
from operator import itemgetter, attrgetter
from collections import namedtuple

Student = namedtuple("Student", "name grade age city")
roster = [
    Student("dave", "B", 22, "Oslo"), Student("ann", "A", 25, "Rome"), Student("carl", "B", 21, "Oslo"),
    Student("bea", "A", 22, "Lima"), Student("eve", "C", 25, "Rome"), Student("fay", "B", 22, "Lima"),
    Student("gus", "A", 21, "Oslo"), Student("Hal", "b", 23, "rome"),
]
print([s.name for s in sorted(roster)])
print([s.name for s in sorted(roster, key=attrgetter("grade", "age"))])
print([s.name for s in sorted(roster, key=lambda s: (s.grade.upper(), -s.age, s.name.lower()))])
by_age = sorted(roster, key=attrgetter("age"))
stable = sorted(by_age, key=attrgetter("city"))
print([(s.city, s.age, s.name) for s in stable])
print([s.name for s in sorted(roster, key=itemgetter(3, 0), reverse=True)])
s2 = sorted(roster, key=attrgetter("name"), reverse=True)
s2.sort(key=attrgetter("grade"), reverse=True)
print([s.name for s in s2])


def compare(a, b):
    if a.grade != b.grade:
        return -1 if a.grade < b.grade else 1
    return (a.age > b.age) - (a.age < b.age)


print([s.name for s in sorted(roster, key=cmp_to_key(compare))])
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zeta", "Zeta", "_x", "10", "9", ""]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.casefold, reverse=True))
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
nums = [3.5, -1, 2, float("inf"), 0, -0.0, 2.0, True, 10 ** 20]
print(sorted(nums), sorted(nums, key=abs), max(nums), min(nums, key=lambda n: abs(n - 2)))
mixed = [(1, "b"), (1, "a"), (0, "z"), (1, "a", 0)]
print(sorted(mixed), sorted(mixed, key=itemgetter(0)))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], key=lambda x: None)
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1, 2].sort(lambda a, b: a - b)
except TypeError as e:
    print("TypeError:", e)
data = list(range(10))
data.sort(key=lambda x: x % 3)
print(data, sorted("Mississippi"), sorted(set("hello")), sorted({"b": 1, "a": 2}.items(), key=itemgetter(1)))
ranks = {name: i for i, name in enumerate(sorted({s.city for s in roster}, key=str.lower), 1)}
print(ranks)
records = [{"id": i, "score": (i * 37) % 11, "tie": i % 2} for i in range(12)]
top = sorted(records, key=lambda r: (-r["score"], r["tie"], r["id"]))[:5]
print([(r["id"], r["score"]) for r in top])


class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return self.s


print(sorted(map(Version, ["1.10", "1.2", "1.2.1", "0.9", "1.1"])), max(map(Version, ["2.0", "10.0", "9.9"])))
lst = [5, 2, 8]
print(lst.sort(), lst, sorted(lst, reverse=True), list(reversed(lst)), sorted(()), sorted(iter([2, 1])))
