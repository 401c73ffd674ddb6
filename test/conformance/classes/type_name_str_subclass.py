# A str subclass instance is a valid class name and qualified name: for type(), in a class
# body's __qualname__, and assigned to __name__ or __qualname__; other types are TypeErrors.
class Text(str):
    pass


class C:
    pass


C.__name__ = Text('abc')
C.__qualname__ = Text('outer.abc')
print(C.__name__, C.__qualname__, C, type(C.__name__) in (str, Text))

T = type(Text('X'), (), {'__qualname__': Text('Y.X')})
print(T.__name__, T.__qualname__, T)


class D:
    __qualname__ = Text('Given.D')


print(D.__qualname__, D)

for attr, value in [('__name__', b'x'), ('__qualname__', 5)]:
    try:
        setattr(C, attr, value)
    except TypeError as e:
        print('TypeError:', e)
for args in [(b'X', (), {}), ('X', (), {'__qualname__': 1.5})]:
    try:
        type(*args)
    except TypeError as e:
        print('TypeError:', e)
