# unpacking and starred targets in for loops
pairs = [(1, "a"), (2, "b"), (3, "c")]
for n, s in pairs:
    print(n, s)
for i, (n, s) in enumerate(pairs):
    print(i, n, s)
for first, *rest in [[1, 2, 3], [4], (5, 6)]:
    print(first, rest)
for *init, last in ["abc", "de"]:
    print(init, last)
for a, b in {"x": 1, "y": 2}.items():
    print(a, b)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
for x, in [(1,), (2,)]:
    print(x)
points = {}
for points["k"] in range(3):
    pass
print(points)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    print(lst)
class P:
    pass
p = P()
for p.v in "xy":
    print(p.v)
