# str() and repr() of nested containers use repr for the elements
data = [1, "two", 3.0, None, True, (4,), [5, [6]], {"k": "v"}, b"b"]
print(data)
print(str(data) == repr(data))
print((1, "a"), ("a",), (), [()], [[]], [{}])
print({"key": [1, 2], 3: ("x", None), (1, 2): {4: 5.5}})
print({1: {2: {3: {}}}})
print([1.0, -0.0, 1e16, 1e-7, float("inf")])
print(("x", ["y", ("z", {"w": "it's"})]))
print(str([None]), repr([None]), str(("s",)), repr("s"))
print(list(range(3)), tuple(range(2)), dict(a=1))
print([range(3), slice(1, 2), frozenset([1])])
print({"empty": [], "tuple": (), "dict": {}, "str": ""})
print([print])
