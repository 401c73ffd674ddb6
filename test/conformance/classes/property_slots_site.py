# property reads on instances of __slots__ classes, read many times at one site (cached there): later class changes, subclasses, errors
class P:
    __slots__ = ('_v',)

    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 2

    w = property(None)


class Loud(property):
    def __get__(self, obj, cls=None):
        return 'loud' if obj is not None else self


class Q(P):
    __slots__ = ()
    v = Loud(lambda self: 0)


class R(P):
    __slots__ = ()

    def __getattribute__(self, name):
        return 'intercepted ' + name


def read(objs):
    return [o.v for o in objs]


objs = [P(1), P(2), Q(3), R(4)] * 3
for _ in range(60):
    out = read(objs)
print(out[:4])
P.v = property(lambda self: -self._v)
print(read(objs)[:4])
P.v = 'plain'
print(read(objs)[:4])
del P.v
try:
    read([P(5)] * 40)
except AttributeError as e:
    print(e)
P.v = property(lambda self: self._v + 100)


def read_w(o):
    return o.w


for i in range(50):
    try:
        read_w(P(i))
    except AttributeError as e:
        last = str(e)
print(last)


class Boom:
    __slots__ = ()

    @property
    def x(self):
        raise KeyError('inside getter')


for i in range(40):
    try:
        Boom().x
    except KeyError as e:
        last = repr(e)
print(last, read([P(1)])[0])
