# Exception classes called from hot loops (compiled code: `class E(Exception): pass` made in
# one step) and e.args: one tuple per exception while its args are unchanged, as in CPython.

class Plain(Exception):
    pass


class WithInit(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class OwnNew(Exception):
    def __new__(cls, *a):
        obj = super().__new__(cls, 'from new')
        return obj


class Meta(type):
    def __call__(cls, *a):
        print('Meta.__call__', a)
        return super().__call__(*a)


class MetaErr(Exception, metaclass=Meta):
    pass


def make(n):
    out = []
    for i in range(n):
        out.append((Plain(), Plain(i), Plain(i, 'x'), KeyError(i), WithInit(i), OwnNew(i)))
    return out


rows = make(400)
for row in (rows[0], rows[399]):
    print([(type(e).__name__, e.args, str(e)) for e in row])
print(MetaErr(1).args)

e = KeyError(1)
print(e.args is e.args, e.args)
t = (1, 2)
e.args = t
print(e.args is t, e.args is e.args)
e.args = [3, 4]
print(e.args, type(e.args).__name__, e.args is e.args)
class T(tuple):
    pass
e.args = T((5,))
print(e.args, type(e.args).__name__)
try:
    del e.args
except TypeError as err:
    print(err)
e = Plain('a', 'b')
a1 = e.args
e.__init__('c')
print(a1, e.args, a1 is e.args)

# Changing the class after calls: the next call sees the new __init__.
def loop(n):
    got = []
    for i in range(n):
        got.append(Plain(i).args)
    return got

print(loop(300)[-1])
Plain.__init__ = lambda self, *a: setattr(self, 'seen', a)
print(loop(300)[-1], Plain(7).seen)
del Plain.__init__
print(loop(300)[-1])

def raiser(n):
    c = 0
    for i in range(n):
        try:
            raise Plain(i)
        except Plain as err:
            c += err.args[0]
    return c

print(raiser(2000))
