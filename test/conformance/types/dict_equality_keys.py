# dict equality ignores order; equal numeric keys (1, 1.0, True) are the same key
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1})
c = {1: "int"}
c[1.0] = "float"
c[True] = "bool"
print(c, len(c))
d = {True: "first"}
d[1] = "second"
print(d)
e = {0: "zero", 0.0: "float zero", False: "false", -0.0: "neg"}
print(e)
nested = {"outer": {"inner": [1, 2, {"deep": None}]}}
print(nested, nested == {"outer": {"inner": [1, 2, {"deep": None}]}})
print({1: [1]} == {1: [1.0]}, {(1, 2): 3}[(1.0, 2.0)])
print({"a": 1}.__contains__("a"), {"a": 1}.get("a"))
