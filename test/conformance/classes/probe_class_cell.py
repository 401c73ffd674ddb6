# __class__ cell and zero-argument super() in tricky places: metaclass __new__, __init_subclass__, class decorators
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("has __classcell__:", "__classcell__" in ns)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        return cls
class A(metaclass=Meta):
    def f(self): return __class__.__name__
    def g(self): return super().__repr__()[:10]
print(A().f(), A().g())
class Bad(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns)
try:
    class B(metaclass=Bad):
        def f(self): return __class__
    print("created", B().f() if False else "")
except Exception as e:
    print(type(e).__name__, e)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.tag = cls.__name__.lower()
class Kid(Base):
    def who(self): return super().__class__.__name__
print(Kid.tag, Kid().who())
def deco(cls):
    cls.decorated = True
    return cls
def deco2(cls):
    print("deco2 sees decorated:", getattr(cls, "decorated", False))
    return cls
@deco2
@deco
class C:
    def m(self): return __class__
print(C.decorated, C().m() is C)
def replace_class(cls):
    return type(cls.__name__ + "X", (cls,), {})
@replace_class
class D:
    def m(self): return __class__.__name__
    def s(self): return super().__str__()[:4]
print(D.__name__, D().m(), D().s())
class E:
    __qualname__ = "Custom.Qual"
    def m(self): pass
print(E.__qualname__, E.m.__qualname__)
try:
    class F:
        __qualname__ = 5
except TypeError as e:
    print("TypeError", e)
class G:
    __module__ = "fake.mod"
print(G.__module__, repr(G))
class Mangle:
    __slots__ = ("__x", "y")
    def __init__(self): self.__x = 1; self.y = 2
    def get(self): return self.__x
print(Mangle().get(), sorted(k for k in Mangle.__dict__ if "x" in k))
class H:
    x = 1
    class I:
        try:
            y = x
        except NameError as e:
            y = "NameError " + str(e)
print(H.I.y)
class J:
    items = [1, 2]
    doubled = [i * 2 for i in items]
    try:
        scaled = [i * len(items) for i in items]
    except NameError as e:
        scaled = "NameError " + str(e)
print(J.doubled, J.scaled)
x = "global"
class K:
    x = "class"
    def f(self): return x
    g = lambda self: x
print(K().f(), K().g())
def make():
    v = "closure"
    class L:
        v = "class"
        def f(self): return v
        w = v
    return L
print(make()().f(), make().w)
def make2():
    v = "closure"
    class M:
        print("class body sees", v)
        v = "rebound"
        print("then", v)
    return M
try:
    make2()
except NameError as e:
    print('NameError', e)
class N:
    def __init__(self):
        super().__init__()
        self.ok = True
    def method(self):
        return super()
print(N().ok, type(N().method()).__name__)
class O:
    def m(self):
        def inner():
            return super().__init__
        try:
            return inner()
        except RuntimeError as e:
            return "RuntimeError " + str(e)
print(O().m())
class P:
    @staticmethod
    def s():
        try:
            return super().x
        except RuntimeError as e:
            return "RuntimeError " + str(e)
print(P.s())
class Q:
    def m(self):
        del self
        try:
            return super().__init__
        except RuntimeError as e:
            return "RuntimeError " + str(e)
    def n(*args):
        try:
            return type(super()).__name__
        except RuntimeError as e:
            return "RuntimeError " + str(e)
print(Q().m(), Q().n(), Q.n())
import enum, typing, dataclasses, abc
def attempt(label, src):
    try:
        ns = {}
        exec(src, {"enum": enum, "typing": typing, "dataclasses": dataclasses, "abc": abc}, ns)
        print(label, "ok", ns.get("out"))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("enum", "class E(enum.Enum):\n    A = 1\n    def f(self): return __class__.__name__\nout = E.A.f()")
attempt("enum super", "class E(enum.Enum):\n    A = 1\n    def __str__(self): return 'S' + super().__str__()\nout = str(E.A)")
attempt("namedtuple", "class N(typing.NamedTuple):\n    a: int\n    def f(self): return __class__\nout = N(1).f()")
attempt("typeddict", "class T(typing.TypedDict):\n    a: int\nout = T(a=1)")
attempt("protocol", "class P(typing.Protocol):\n    def f(self): return __class__.__name__\nclass I(P): pass\nout = I().f()")
attempt("generic", "T = typing.TypeVar('T')\nclass G(typing.Generic[T]):\n    def f(self): return super().__repr__()[:3]\nout = G[int]().f()")
attempt("abc", "class A(abc.ABC):\n    def f(self): return __class__.__name__\nout = A().f()")
attempt("dataclass slots", "@dataclasses.dataclass(slots=True)\nclass D:\n    a: int\n    def f(self): return __class__ is D\nout = D(1).f()")
attempt("dataclass", "@dataclasses.dataclass\nclass D:\n    a: int\n    def f(self): return super().__repr__()[:3]\nout = D(1).f()")
attempt("intflag", "class F(enum.IntFlag):\n    A = 1\n    def f(self): return __class__.__name__\nout = F.A.f()")
