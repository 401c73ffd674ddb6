# dict views: reprs, live updates, len, membership and iteration
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["c"] = 3
print(k, v, i, len(k), len(i))
print("a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
print(list(k), sorted(v, reverse=True), list(i)[0])
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(k == {"a", "b", "c"}, sorted(k & {"a", "z"}), sorted(k - {"a"}))
print(sorted(k | {"d"}))
for key, val in i:
    print(key, val)
e = {}
print(e.keys(), e.values(), e.items())
