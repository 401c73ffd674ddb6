# super() corners: properties through super, assignment through super, __new__, classmethod chains, super objects
class A:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
    def __new__(cls, *a, **k):
        print("A.__new__", cls.__name__, a)
        return super().__new__(cls)
    @classmethod
    def make(cls): return cls()
    def __repr__(self): return f"<{type(self).__name__}>"
class B(A):
    def __new__(cls, *a, **k):
        print("B.__new__")
        return super().__new__(cls, *a, **k)
    @property
    def x(self): return super().x * 10
    @x.setter
    def x(self, v):
        try:
            super().x = v
        except AttributeError as e:
            print("AttributeError", e)
        A.x.fset(self, v)
    @classmethod
    def make(cls):
        print("B.make")
        return super().make()
b = B()
print(b.x)
b.x = 3
print(b.x, B.make())
s = super(B, b)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is b, s.__self_class__.__name__, s.x, repr(s)[:20])
try:
    s.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    del super(B, b).x
except AttributeError as e:
    print("AttributeError", e)
print(super(B, B).make.__func__ is A.make.__func__, super(A, b).__repr__() .startswith("<__main__.B object"))
class C:
    def __getattr__(self, n): return "C.getattr " + n
class D(C):
    def f(self): return super().anything
try:
    print(D().f())
except AttributeError as e:
    print("AttributeError", e)
class E:
    def __init_subclass__(cls, **kw):
        print("E.__init_subclass__", cls.__name__, kw)
class F(E):
    def __init_subclass__(cls, **kw):
        print("F.__init_subclass__", cls.__name__)
        super().__init_subclass__(**kw)
class G(F, tag=1): pass
class H(F): pass
u = super(int, 5)
print(u.__repr__() == object.__repr__(5), super(int, 5).__thisclass__.__name__)

class Left:
    def who(self): return ["Left"] + super().who()
class Right:
    def who(self): return ["Right"]
class Both(Left, Right): pass
print(Both().who())
try:
    Left().who()
except AttributeError as e:
    print("AttributeError", e)
class Unbound:
    def m(self): return "m"
sup = super(Unbound)
print(type(sup).__name__, sup.__self__, sup.__get__(Unbound(), Unbound).__self__.__class__.__name__)
