# the order in which built-in methods check their arguments, and the messages they give
class X:
    pass
x = X()
calls = [lambda: b'ab'.hex(x, x), lambda: bytearray(b'ab').hex(x, x), lambda: memoryview(b'ab').hex(x, x),
         lambda: b'ab'.hex(x), lambda: b'ab'.join(x), lambda: bytearray().join(5), lambda: b''.join([1]),
         lambda: (1j).__pow__(x, x), lambda: (1j).__rpow__(x, 1), lambda: (1j).__pow__(2, 1), lambda: pow(1j, 2, 3),
         lambda: (1.5).__pow__(x, x), lambda: (1.5).__rpow__(x, 2), lambda: pow(2.0, 2, 3), lambda: pow(2.0, x, 3),
         lambda: float.__getformat__(x), lambda: float.__getformat__('x'), lambda: (5).__format__('', ''),
         lambda: (5).__format__(), lambda: True.__format__(1, 2), lambda: (1.5).__format__(), lambda: 'a'.__format__(1, 2),
         lambda: object().__format__(), lambda: (5).__format__(5)]
for f in calls:
    try:
        r = f()
        print('result', r)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(float.__getformat__('double'), (1j).__pow__(x), (1.5).__pow__(x), b'abc'.hex(':', 2), b'abc'.hex(bytes_per_sep=2))
for args in ((x, x), (1, x), (x, 1)):
    try:
        enumerate(*args)
    except TypeError as e:
        print('enumerate', e)
