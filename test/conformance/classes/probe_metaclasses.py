# metaclasses: __new__/__init__/__call__/__prepare__, class keyword arguments
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        inst = super().__call__(*a, **k)
        return inst

class A(metaclass=OrderedMeta, flag=True):
    x = 1
    def __init__(self, v=0):
        self.v = v
print(A.injected, A.kw, type(A).__name__)
a = A(5)
print(a.v)
class B(A, flag=False):
    pass
print(type(B).__name__, B.kw)

# singleton metaclass
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self): print("S init")
print(S() is S())

# metaclass conflict
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print("TypeError", e)
# metaclass that is a function
def meta_fn(name, bases, ns):
    print("meta_fn", name)
    return type(name, bases, dict(ns, made_by="fn"))
class F(metaclass=meta_fn):
    pass
print(F.made_by, type(F).__name__)
# type's own keyword error
try:
    class G(foo=1): pass
except TypeError as e:
    print("TypeError", e)
# metaclass methods and properties visible on class, not instance
class Meta(type):
    def describe(cls): return "I am " + cls.__name__
    @property
    def upper(cls): return cls.__name__.upper()
class H(metaclass=Meta): pass
print(H.describe(), H.upper, hasattr(H(), "describe"))
# __prepare__ returning a custom mapping
class LoggingDict(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("  define", k)
        super().__setitem__(k, v)
class LM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingDict()
    def __new__(mcls, name, bases, ns):
        print("ns type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class I(metaclass=LM):
    a = 1
    def m(self): pass
    b = a + 1
print(I.b)
# type() with three args and metaclass
J = type("J", (A,), {"y": 2})
print(type(J).__name__, J.y, J.__qualname__, J.__module__)
K = Meta("K", (), {"z": 3})
print(K.describe(), K.z)
# __instancecheck__ / __subclasscheck__
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Quacker(metaclass=Duck): pass
class Dk:
    def quack(self): pass
print(isinstance(Dk(), Quacker), isinstance(1, Quacker), issubclass(Dk, Quacker))
# metaclass __new__ returning non-class
class Weird(type):
    def __new__(mcls, name, bases, ns):
        return 42
class W(metaclass=Weird): pass
print(W)
# metaclass __repr__
class RM(type):
    def __repr__(cls): return f"<class {cls.__name__} via RM>"
class R(metaclass=RM): pass
print(repr(R), R)
# __init_subclass__ with kwargs and metaclass kwargs
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class P1(Plugin, name="first"): pass
class P2(Plugin): pass
print(Plugin.registry, P1.plugin_name)
try:
    class P3(Plugin, bogus=1): pass
except TypeError as e:
    print("TypeError", e)
class Q:
    def __init_subclass__(cls):
        print("init_subclass of", cls.__name__, "from", cls.__mro__[1].__name__)
class Q1(Q): pass
class Q2(Q1): pass
print(type(Q.__dict__["__init_subclass__"]).__name__)
# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box[1, 2])
print(list[int], dict[str, list[int]], type(list[int]).__name__)
try:
    object[int]
except TypeError as e:
    print("TypeError", e)
# class body __qualname__ and __module__
class Outer:
    class Inner:
        def meth(self): pass
    def f(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__, Outer().f().__qualname__, Outer.__module__)
# __mro_entries__ and type.mro override
class MM(type):
    def mro(cls):
        return [cls, object]
class Base1:
    def hi(self): return "base"
class X(Base1, metaclass=MM): pass
print([c.__name__ for c in X.__mro__], hasattr(X(), "hi"))
class M(type):
    def mro(cls): return [cls, 1]
try:
    class X(metaclass=M): pass
except Exception as e: print(type(e).__name__, e)
class M(type):
    def mro(cls): return (cls, int, object)
try:
    class X(metaclass=M): pass
except Exception as e: print(type(e).__name__, e)
class M(type):
    def mro(cls): return 5
try:
    class X(metaclass=M): pass
except Exception as e: print(type(e).__name__, e)
class M(type):
    def mro(cls):
        print("mro of", cls.__name__, "has x:", "x" in cls.__dict__)
        return (cls, object)
class X(metaclass=M):
    x = 1
class Y(X): pass
print(X.__mro__, Y.__mro__)
