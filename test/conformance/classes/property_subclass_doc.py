# A property subclass keeps the getter's doc in the instance's own __dict__ (3.11), where it
# shows before the subclass's class-level __doc__; copies (setter, getter, deleter) take it again.
class P2(property):
    pass


def g(self):
    "gdoc"


p = P2(g)
print(p.__doc__, P2.__doc__ is None, vars(p))
q = p.setter(lambda s, v: None)
print(q.__doc__, vars(q), type(q).__name__)
r = P2(g, doc="explicit")
print(r.__doc__, vars(r))


class P3(property):
    "class doc"


print(P3(g).__doc__, vars(P3(g)))
print(P3(lambda s: 1).__doc__, vars(P3(lambda s: 1)))


class P4(property):
    __slots__ = ()


try:
    P4(g)
except AttributeError as e:
    print("AttributeError:", e)
print(P4(lambda s: 1).__doc__ if False else '', P4(None).fget)

plain = property(g)
print(plain.__doc__, property(g).setter(lambda s, v: 0).__doc__, property(g, doc='d').setter(lambda s, v: 0).__doc__)
print(property(g).getter(None).__doc__, property(lambda s: 1).getter(g).__doc__)


class typed_property(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None, kind=object):
        super().__init__(fget, fset, fdel, doc)
        self.kind = kind

    def setter(self, fset):
        p = super().setter(fset)
        p.kind = self.kind
        return p


class Logged(property):
    def __get__(self, obj, objtype=None):
        print("get via", type(self).__name__)
        return super().__get__(obj, objtype)


class A:
    def __init__(self):
        self._x = 1

    @typed_property
    def x(self):
        "The x."
        return self._x

    @x.setter
    def x(self, v):
        self._x = v

    @Logged
    def y(self):
        "The y."
        return 'y'


a = A()
a.x = 5
print(a.x, type(A.x).__name__, A.x.__doc__, A.x.kind, a.y, A.__dict__['y'].__doc__)
help(A)
