# type() with one and three arguments, and its errors
A = type('A', (), {'x': 1, 'f': lambda self: self.x + 1})
print(A.__name__, A.__qualname__, A.__module__, A().f(), A.__bases__)
B = type('B', (A,), {'__doc__': 'doc B', '__qualname__': 'Outer.B', '__module__': 'mymod'})
print(B.__qualname__, B.__doc__, B.__module__, repr(B), B().x)
print(type(1), type('x'), type(None), type(type), type(A()))
for args in [(), ('a', 'b'), ('a', (), {}, 1), (1, (), {}), ('a', 1, {}), ('a', (), 1), ('a', (1,), {})]:
    try: type(*args)
    except TypeError as e: print('TypeError:', e)
try: type('a', (), {}, x=1)
except TypeError as e: print('TypeError:', e)
try: type('x', (), {'__qualname__': 5})
except TypeError as e: print('TypeError:', e)
try: type('bad\x00name', (), {})
except ValueError as e: print('ValueError:', e)
C = type('C', (object,), {})
C.__name__ = 'Renamed'
print(C.__name__, C.__qualname__, repr(C))
try: C.__name__ = 5
except TypeError as e: print('TypeError:', e)
try: C.__qualname__ = 5
except TypeError as e: print('TypeError:', e)
try: int.__name__ = 'x'
except TypeError as e: print('TypeError:', e)
C.__module__ = 'elsewhere'
print(repr(C))
D = type('D', (), {'__slots__': ('a',)})
d = D(); d.a = 1; print(d.a, hasattr(d, '__dict__'))
E = type('E', (dict,), {})
print(E(a=1), type(E).__name__, E.__mro__[1].__name__)
ns = {}
F = type('F', (), ns)
ns['late'] = 1
print(hasattr(F, 'late'))
print(type.__name__, type.__qualname__, type.__module__, int.__module__, type(len).__module__ if False else '')
class Meta(type): pass
G = Meta('G', (), {})
print(type(G).__name__, isinstance(G, type))
print(type(A).__call__(A).x)
