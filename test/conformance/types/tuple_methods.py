# tuples: count, index, concatenation, comparison, hashing and nesting
t = (1, 2, 3, 2, 1)
print(t.count(1), t.count(5), t.index(2), t.index(2, 2), len(t))
print(t + (4,), t * 2, t[::-1], (1,) + ())
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1, (2, 3)) == (1, (2, 3)))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
print(tuple(range(4)), tuple("hey"), tuple([[1]]))
m = ([1], [2])
m[0].append(10)
print(m)
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
a, b, c = sorted((3, 1, 2))
print(a, b, c, type(sorted((3, 1))).__name__)
print((), (1,), (1, 2), ((),), repr((None,)))
