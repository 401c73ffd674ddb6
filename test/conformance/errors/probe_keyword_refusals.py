# Methods and functions that take no keyword arguments name themselves as CPython does
import math

def t(f):
    try:
        f()
    except TypeError as e:
        print(e)

# METH_FASTCALL methods: qualified by their type
t(lambda: {}.get(k=1))
t(lambda: {}.pop(k=1))
t(lambda: {}.setdefault(k=1))
t(lambda: dict.fromkeys([], k=1))
t(lambda: [].index(k=1))
t(lambda: [].insert(k=1))
t(lambda: [].pop(k=1))
t(lambda: (1,).index(k=1))
t(lambda: bytearray(b' a ').strip(k=1))
t(lambda: bytearray(b' a ').lstrip(k=1))
t(lambda: bytearray(b' a ').rstrip(k=1))
t(lambda: b' a '.strip(k=1))
t(lambda: 'a'.count('a', k=1))
# bytes.translate's table is positional-only
t(lambda: b''.translate())
t(lambda: b''.translate(table=None))
t(lambda: bytearray().translate(delete=b''))
print(b'abc'.translate(None, delete=b'b'))
# math: qualified, except log (METH_VARARGS)
for name in ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'nextafter', 'ldexp', 'hypot', 'dist', 'gcd', 'lcm', 'comb', 'perm', 'log', 'sqrt', 'floor']:
    t(lambda: getattr(math, name)(x=1))
# slot wrappers: "wrapper NAME()"
t(lambda: (1).__add__(x=1))
t(lambda: (1).__neg__(x=1))
t(lambda: 'a'.__repr__(x=1))
t(lambda: [].__len__(x=1))
t(lambda: int.__pow__(2, 3, x=1))
t(lambda: object().__setattr__('a', 1, x=1))
t(lambda: object.__getattribute__(1, 'real', x=1))
# METH_COEXIST dunders are plain methods
t(lambda: {}.__contains__(x=1))
t(lambda: {}.__contains__())
t(lambda: set().__contains__(1, 2))
t(lambda: frozenset().__contains__(x=1))
t(lambda: [].__getitem__(x=1))
# super()
t(lambda: super(x=1))
t(lambda: super(int, 1, 2))
# bytes()/bytearray() convert encoding and errors first
t(lambda: bytes([1], [2]))
t(lambda: bytearray('a', 'utf-8', 5))
t(lambda: bytes(encoding=1))
t(lambda: bytes(1, 'utf-8'))
