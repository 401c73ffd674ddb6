# set methods on small int sets: add, discard, remove, union, intersection, difference
s = {1, 2, 3}
s.add(4)
s.add(2)
print(s, len(s))
s.discard(1)
s.discard(99)
print(s)
s.remove(4)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (0,)), a.intersection(range(3)), a.issubset({1, 2, 3, 4, 5}))
print(a.issuperset({1, 2}), a.isdisjoint({7}), a.isdisjoint(b))
c = a.copy()
c.update([5, 6], {7})
print(c, a)
c.intersection_update({5, 6, 7, 1})
print(c)
c.difference_update({5})
print(c)
c.clear()
print(c, set(), len(c))
print(set([3, 3, 1]), set("aaa") == {"a"}, set(range(5)))
