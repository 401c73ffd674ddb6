# type() of builtin values and the reprs of type objects
values = [1, 1.5, True, "s", b"b", None, [], (), {}, set(), frozenset(), range(1), slice(1), len, print,
          type, object(), ValueError("x"), (x for x in ()), iter([]), {}.keys(), lambda: 0]
for v in values:
    print(type(v).__name__, type(v))
print(type(int), type(type(5)), type(len).__name__)
print(type(3) is int, type(3) == int, type("x") in (str, bytes))
class Mine:
    pass
print(type(Mine()), type(Mine()).__name__, type(Mine))
