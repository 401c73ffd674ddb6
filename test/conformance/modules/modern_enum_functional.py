# enum functional API (duplicate names refused as in a class body, names strings, type/start), class-body name errors
import enum
for args in [('Dup', 'A A'), ('Dup', [('A', 1), ('A', 2)]), ('Dup', {'A': 1}), ('Dup', 'A, B'), ('Dup', ['A', 'B']), ('Dup', 'A,,B')]:
    try: print(list(enum.Enum(*args)))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try:
    class X(enum.Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    class Y(enum.Enum):
        A = 1
        def A(self): pass
except TypeError as e: print(e)
try:
    class Z(enum.Enum):
        _sunder_ = 1
except ValueError as e: print(e)
try:
    class Z2(enum.Enum):
        mro = 1
except ValueError as e: print(e)
print(list(enum.Enum('V', 'a b', module=__name__, qualname='V', type=int)), enum.IntEnum('I', 'x y').y.value)
print(list(enum.StrEnum('S', 'lo hi')), list(enum.Flag('FF', 'a b c')))
