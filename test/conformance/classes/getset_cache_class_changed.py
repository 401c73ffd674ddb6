# A site that remembered a native getset for instances of a class (e.args), then the class
# itself changes (it has no subclasses): the next read must see the class's new attribute.
class E(Exception):
    pass


def read(e):
    return e.args


e = E(1, 2)
for _ in range(500):
    r = read(e)
print(r)
E.args = property(lambda self: 'from property')
print(read(e))
del E.args
print(read(e))


class C(complex):
    pass


def real(z):
    return z.real


z = C(3, 4)
for _ in range(500):
    r = real(z)
print(r)
C.real = 'class attribute'
print(real(z))
