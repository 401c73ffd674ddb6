# enumerate() with default and custom start values
print(list(enumerate("abc")))
print(list(enumerate(["x", "y"], 1)), list(enumerate(["x", "y"], start=-1)))
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
e = enumerate([10, 20])
print(next(e), next(e), next(e, "done"))
print(type(e).__name__)
print(dict(enumerate("hi")), list(enumerate([])))
print(list(enumerate(range(3), 2 ** 64)))
idx = [i for i, c in enumerate("banana") if c == "a"]
print(idx)
