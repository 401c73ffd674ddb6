# T.__new__(S) of a built-in type checks S as CPython's tp_new_wrapper does: a type, a subtype of T, and one whose
# nearest built-in base (along each class's layout base) allocates as T does
class Base(str):
    def __new__(cls, v):
        return str.__new__(cls, v)
class Mixin:
    pass
class Mixed(Mixin, Base):
    pass
class Plain(int):
    pass
class Deep(Mixin, Plain):
    pass
print(Mixed('a'), Deep(3), int.__new__(Deep, 4), type(object.__new__(Mixin)).__name__, float.__new__(float, 2))
checks = [lambda: int.__new__(1), lambda: int.__new__(str), lambda: int.__new__(), lambda: float.__new__(int),
          lambda: complex.__new__(2), lambda: str.__new__(1), lambda: str.__new__(int), lambda: bytes.__new__(),
          lambda: tuple.__new__(list), lambda: list.__new__(3), lambda: dict.__new__(), lambda: bool.__new__(int),
          lambda: int.__new__(bool, 1), lambda: object.__new__(Mixed), lambda: object.__new__(Deep),
          lambda: int.__new__(Mixed), lambda: str.__new__(Deep), lambda: object.__new__(int), lambda: object.__new__(1),
          lambda: frozenset.__new__(set), lambda: range.__new__(int), lambda: type.__new__(1)]
for check in checks:
    try:
        print(check())
    except TypeError as e:
        print('TypeError:', e)
