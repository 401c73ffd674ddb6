# type(...) with the wrong arguments: type()'s own messages, then type.__new__'s
cases = [lambda: type(1, 2), lambda: type(), lambda: type("A", (), {}, 1), lambda: type("A", 1, {}), lambda: type(1, x=2),
         lambda: type(1, 2, 3), lambda: type.__new__(type, 1, 2), lambda: type.__new__(type)]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
class M(type):
    pass
for f in [lambda: M(1, 2), lambda: M()]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(type(3), type("B", (), {"x": 1}).x, M("C", (), {}).__class__.__name__)
