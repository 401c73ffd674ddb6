# isinstance() against builtin types and tuples of types
checks = [(1, int), (1, float), (1.0, float), (True, int), (True, bool), (1, bool), ("s", str), (b"b", bytes),
          ([], list), ((), tuple), ({}, dict), (set(), set), (frozenset(), frozenset), (None, object), (int, type),
          (1, (str, int)), ("x", (list, tuple)), (range(1), range), (ValueError(), Exception), (KeyError(), LookupError)]
for value, types in checks:
    name = types.__name__ if isinstance(types, type) else "(" + ", ".join(t.__name__ for t in types) + ")"
    print(repr(value), name, isinstance(value, types))
print(issubclass(bool, int), issubclass(int, bool), issubclass(list, object))
class Mine:
    pass
m = Mine()
print(isinstance(m, Mine), isinstance(m, object), isinstance(m, (int, Mine)), isinstance(Mine, type))
