# classes changed after creation: __bases__, __dict__ assignment, attribute deletion, __name__, subclasses, metaclass attributes
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class C(A): pass
c = C()
print(c.who(), C.__bases__)
C.__bases__ = (B,)
print(c.who(), C.__bases__, [k.__name__ for k in C.__mro__], isinstance(c, A), issubclass(C, B))
try:
    C.__bases__ = ()
except TypeError as e:
    print("TypeError", e)
try:
    C.__bases__ = (C,)
except TypeError as e:
    print("TypeError", e)
try:
    C.__bases__ = (int,)
except TypeError as e:
    print("TypeError", e)
class D(C): pass
C.__bases__ = (A,)
print(D().who(), [k.__name__ for k in D.__mro__])
o = A()
o.__dict__ = {"x": 1}
print(o.x, vars(o))
try:
    o.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    del A.nope
except AttributeError as e:
    print("AttributeError", e)
A.extra = 5
print(o.extra, A().extra)
del A.extra
print(hasattr(o, "extra"))
try:
    A.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
try:
    del A.__name__
except TypeError as e:
    print("TypeError", e)
try:
    int.x = 1
except TypeError as e:
    print("TypeError", e)
try:
    del int.real
except TypeError as e:
    print("TypeError", e)
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print("TypeError", e)
try:
    list.append = None
except TypeError as e:
    print("TypeError", e)
print(sorted(k.__name__ for k in A.__subclasses__()), B.__subclasses__())
class Meta(type):
    counter = 0
    def __getattr__(cls, name):
        return f"meta-getattr:{name}"
class M(metaclass=Meta): pass
print(M.anything, M.counter, hasattr(M(), "counter"))
try:
    M().anything
except AttributeError as e:
    print("AttributeError", e)
class Meta2(type):
    def __setattr__(cls, k, v):
        print("meta setattr", k)
        super().__setattr__(k, v)
    def __delattr__(cls, k):
        print("meta delattr", k)
        super().__delattr__(k)
class M2(metaclass=Meta2): pass
M2.q = 1
del M2.q
class Meta3(type):
    @property
    def computed(cls): return cls.__name__ * 2
    data = "meta data"
class M3(metaclass=Meta3):
    data = "class data"
print(M3.computed, M3.data, type(M3).data)
try:
    M3.computed = 1
except AttributeError as e:
    print("AttributeError", e)
class WithClassAttrDesc:
    @classmethod
    @property
    def cp(cls): return "classprop " + cls.__name__
print(WithClassAttrDesc.cp, WithClassAttrDesc().cp)
# function attributes and methods added later
def late(self): return "late " + type(self).__name__
A.late = late
print(o.late(), A.late.__qualname__, A.late is late)
A.st = staticmethod(lambda: "st")
A.cm = classmethod(lambda cls: cls.__name__)
print(A.st(), o.st(), A.cm(), C.cm())
# __doc__ and __module__ changes
A.__doc__ = "new doc"
A.__module__ = "elsewhere"
print(A.__doc__, repr(A), A.__module__)
try:
    A.__qualname__ = None
except TypeError as e:
    print("TypeError", e)
class E: pass
E.__name__ = "Renamed"
print(E, E.__qualname__, E().__class__.__name__)
try:
    E.__name__ = "bad\0"
except ValueError as e:
    print("ValueError", e)
try:
    type("a\0b", (), {})
except ValueError as e:
    print("ValueError", e)
# __bases__ assignment: more checks, subclasses follow, custom mro, rollback
class Base1:
    def f(self): return "Base1"
class Base2:
    def f(self): return "Base2"
class Mid(Base1): pass
class Leaf(Mid): pass
Mid.__bases__ = (Base2,)
print(Leaf().f(), [k.__name__ for k in Leaf.__mro__], Base1.__subclasses__(), [k.__name__ for k in Base2.__subclasses__()])
Mid.__bases__ = (Base1, Base2)
print(Leaf().f(), [k.__name__ for k in Leaf.__mro__])
for bad in [5, (5,), (Leaf,), (Base1, Base1)]:
    try:
        Mid.__bases__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    del Mid.__bases__
except TypeError as e:
    print("TypeError", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError", e)
class X: pass
class Y(X): pass
try:
    class Z2(Base1, Base2): pass
    Z2.__bases__ = (X, Y)
except TypeError as e:
    print("TypeError", e)
print([k.__name__ for k in Mid.__mro__])
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class SC(S1):
    __slots__ = ()
try:
    SC.__bases__ = (S2,)
except TypeError as e:
    print("TypeError", e)
class L(list): pass
try:
    L.__bases__ = (dict,)
except TypeError as e:
    print("TypeError", e)
class CountingMeta(type):
    def mro(cls):
        print("mro() of", cls.__name__)
        return super().mro()
class CM(Base1, metaclass=CountingMeta): pass
CM.__bases__ = (Base2,)
print(CM().f())
class PlainB: pass
class SlotsOnly:
    __slots__ = ()
try:
    SlotsOnly.__bases__ = (PlainB,)
except TypeError as e:
    print("TypeError", e)
class PlainC: pass
for base in (int, str, tuple, list, dict, Exception, object):
    class Derived(base): pass
    try:
        PlainC.__bases__ = (Derived,)
        print("ok", base.__name__)
    except TypeError as e:
        print("TypeError", e)
class OnA(Base1): pass
for base in (PlainB, int, list, Exception):
    try:
        OnA.__bases__ = (base,)
        print("ok", base.__name__)
    except TypeError as e:
        print("TypeError", e)
