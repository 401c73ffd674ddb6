# dict methods: get, setdefault, pop, popitem, update, keys/values/items, copy, clear, fromkeys
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"x": 9, "a": -1})
d.update(y=8)
d.update([("z", 7)])
print(d)
print(d.popitem(), d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy()
e["new"] = 1
print(d, e)
e.clear()
print(e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(len(d), "a" in d, "b" in d, 1 in d.values())
