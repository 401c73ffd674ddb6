# dicts preserve insertion order; updates keep position, delete+reinsert moves to the end
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 100
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d))
d.pop("mid")
d["mid"] = 1
print(d)
numbers = {}
for n in [5, 3, 9, 1, 3, 5]:
    numbers[n] = numbers.get(n, 0) + 1
print(numbers)
merged = {**{"b": 1, "a": 2}, **{"c": 3, "b": 4}}
print(merged)
print(dict(zip("cba", range(3))), dict([(3, "c"), (1, "a")]))
print({k: None for k in "hello"})
print(list(reversed({"x": 1, "y": 2, "z": 3})))
