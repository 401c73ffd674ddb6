# type() of values, identity comparison of types and type names
values = [0, 0.0, "", [], (), {}, set(), None, True, b"", range(0)]
for v in values:
    print(repr(v), type(v), type(v).__name__)
print(type(1) is int, type(True) is int, type(True) is bool, type(1) == type(2))
class A:
    pass
class B(A):
    pass
print(type(B()) is B, type(B()) is A, type(A()) == A, type(B()).__name__)
print(type(type(1)), type(A) is type, type(len).__name__)
print(type(3)(4.7), type("s")(12), type([])("ab"))
