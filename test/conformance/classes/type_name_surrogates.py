# A class's name and doc string must encode to UTF-8: a lone surrogate is a UnicodeEncodeError,
# from type(), a class statement's doc string, and assignment to __name__.
for args in [('A\udcdcB', (), {}), ('A', (), {'__doc__': 'x\udcdcy'}), ('\ud800', (), {})]:
    try:
        type(*args)
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError:', e, e.start, e.end)

for name in ['\xc4', '\U0001f40d', 'B.A', '']:
    print(repr(type(name, (), {'__doc__': name + '\U0001f40d'}).__name__))

try:
    class C:
        'doc \udfff'
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)


class D:
    pass


try:
    D.__name__ = 'x\udcdc'
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print(D.__name__)
D.__qualname__ = 'q\udcdc'
print(repr(D.__qualname__))
