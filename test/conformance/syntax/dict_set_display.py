# dict and set displays: duplicate keys, key order, mixed key types
d = {"a": 1, "b": 2, "a": 3}
print(d, len(d))
e = {1: "int", 1.0: "float", True: "bool"}
print(e)
f = {(1, 2): "tuple", None: "none", 3.5: "float", "s": "str", -1: "neg"}
print(f)
print(f[(1, 2)], f[None], f[3.5])
print({}, type({}).__name__)
s = {3, 1, 2, 3, 1}
print(s, len(s))
print({0, 5, 2}, {7}, {1, True, 1.0})
print(type({1}).__name__, set())
g = {i: i * i for i in range(5)}
print(g)
h = {"x": [1, 2], "y": {"z": (3,)}}
print(h)
print({k: v for k, v in [("p", 1), ("q", 2), ("p", 3)]})
