# properties: setters/deleters, inheritance, docstrings, errors
class A:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print("del x"); self._x = None
a = A()
a.x = 3
print(a.x)
del a.x
print(a.x, A.x.__doc__)
class B(A):
    @A.x.getter
    def x(self): return ("B", self._x)
b = B()
b.x = 4
print(b.x)
class C(A):
    @property
    def x(self): return "C only getter"
c = C()
try:
    c.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del c.x
except AttributeError as e:
    print("AttributeError", e)
class D:
    y = property()
try:
    D().y
except AttributeError as e:
    print("AttributeError", e)
try:
    D().y = 1
except AttributeError as e:
    print("AttributeError", e)
p = property(lambda s: 1, doc="docd")
print(p.__doc__, p.fset, p.fdel)
print(isinstance(A.x, property), A.x.fget.__name__, A.x.fset.__name__)
# property subclass
class myprop(property):
    pass
class E:
    @myprop
    def v(self): return 10
    @v.setter
    def v(self, val): print("set", val)
print(type(E.__dict__["v"]).__name__, E().v)
E().v = 5
# super() through a property in subclass
class F(A):
    @property
    def x(self): return super().x + 100
    @x.setter
    def x(self, v):
        A.x.fset(self, v)
f = F()
f.x = 1
print(f.x)
# property with __set_name__? (3.11 property has no __set_name__ but __name__ missing)
print(hasattr(property, "__set_name__"))
# getter returning a computed attribute error message names
class G:
    __slots__ = ("a",)
    @property
    def b(self): return self.a
try:
    G().b
except AttributeError as e:
    print("AttributeError", e)
print(type(A.__dict__['x'].__get__(None, A)).__name__)
