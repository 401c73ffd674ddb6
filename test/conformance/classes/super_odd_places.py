# Zero-argument super() in comprehensions, generator expressions, lambdas, properties, static methods, metaclasses; its errors.
class Base:
    def m(self): return "Base.m"
    @property
    def val(self): return self._v
    @val.setter
    def val(self, v): print("Base setter", v); self._v = v
    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__)
class Child(Base):
    def comp(self):
        try:
            return [super().m() for _ in range(1)]
        except TypeError as e:
            return f"TypeError: {e}"
    def genexp(self):
        try:
            return list(super().m() for _ in range(1))
        except TypeError as e:
            return f"TypeError: {e}"
    def lam(self):
        return (lambda: super().m())()
    @property
    def val(self): return "child " + str(super().val)
    @val.setter
    def val(self, v):
        super(Child, type(self)).val.fset(self, v * 2)
    def __init_subclass__(cls, **kw):
        print("Child.__init_subclass__", cls.__name__)
        super().__init_subclass__(**kw)
    @staticmethod
    def st():
        try:
            return super().m()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
    def setsuper(self):
        try:
            super().x = 1
        except AttributeError as e:
            return f"AttributeError: {e}"
    def sup_attrs(self):
        s = super()
        return s.__thisclass__.__name__, s.__self_class__.__name__, type(s).__name__, s.__self__ is self
c = Child()
print(c.comp()); print(c.genexp())
try:
    print(c.lam())
except RuntimeError as e:
    print("RuntimeError:", e)
c.val = 5
print(c.val, c._v, Child.st(), c.setsuper(), c.sup_attrs())
class GrandChild(Child): pass
class Meta(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)
class WM(metaclass=Meta):
    def __init__(self, x): self.x = x
w = WM(3); print(w.x, w.created_by_meta)
print(super(Child, c).m(), super(Base, c).__repr__()[:8], super(Child, Child).m.__qualname__)
try:
    super(Child, Base()).m()
except TypeError as e:
    print("TypeError:", e)
try:
    super(Child, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super().m()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(1, 2)
except TypeError as e:
    print("TypeError:", e)
class X:
    def f(self):
        __class__ = 5
        return __class__
print(X().f())
class Y:
    def f(self):
        return __class__
print(Y().f())
class Z:
    def f(self):
        return super().__class__
print(Z().f())
def method_outside(self):
    return super(type(self), self).m()
Child.ext = method_outside
try:
    GrandChild().ext()
except Exception as e:
    print(type(e).__name__, e)
print(Child().ext())
