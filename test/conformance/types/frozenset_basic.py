# frozenset: immutable, hashable, usable as dict keys and set elements
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__)
print(frozenset(), set(), frozenset(range(3)))
print(f | {4}, f & {1, 5}, f - {1}, type(f | {4}).__name__, type({4} | f).__name__)
d = {frozenset([1, 2]): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(f == {1, 2, 3}, hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
print(f.union([0]), f.issubset(range(5)), frozenset("aa") == frozenset("a"))
