# bool() and truth testing of builtin and user values
cases = [0, 1, -1, 0.0, -0.0, 1e-300, float("nan"), "", "0", " ", b"", b"\x00", [], [[]], (), ((),),
         {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, True, False]
for c in cases:
    print(repr(c), bool(c))
print(bool(), type(bool()).__name__, bool is type(True))
print(True + 0, isinstance(bool(1), int))
try:
    class Sub(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
