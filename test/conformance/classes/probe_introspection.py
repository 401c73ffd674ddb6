# vars()/dir() ordering, __dict__ contents, __qualname__/__module__, type() with three args, super() variants
class A:
    """doc A"""
    z = 1
    a = 2
    def m(self): pass
    @staticmethod
    def s(): pass
class B(A):
    b = 3
    def __init__(self):
        self.y = 1
        self.x = 2
b = B()
print(vars(b), b.__dict__ is vars(b), list(vars(B)), sorted(k for k in vars(A)))
print([k for k in dir(b) if not k.startswith("__")], [k for k in dir(B) if not k.startswith("__")])
print(dir(b) == sorted(dir(b)), "__init__" in dir(b), "__dict__" in dir(b), "__weakref__" in dir(A))
print(sorted(set(dir(A)) - set(dir(object))))
print(type(A.__dict__).__name__, A.__dict__["z"], "__module__" in A.__dict__, A.__dict__["__doc__"], "__dict__" in A.__dict__, "__weakref__" in A.__dict__, "__dict__" in B.__dict__)
try:
    A.__dict__["q"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    vars(1)
except TypeError as e:
    print("TypeError", e)
class Dirr:
    def __dir__(self): return ["b", "a", "c"]
print(dir(Dirr()))
class DirBad:
    def __dir__(self): return 5
try:
    dir(DirBad())
except TypeError as e:
    print("TypeError", e)
def fn():
    class Inner:
        def meth(self):
            def deep(): pass
            return deep
    return Inner
I = fn()
print(I.__qualname__, I.meth.__qualname__, I().meth().__qualname__, I.__module__, I.__name__, fn.__qualname__)
print((lambda: 0).__qualname__, [lambda: 0][0].__qualname__)
class Outer:
    class Mid:
        class In: pass
print(Outer.Mid.In.__qualname__, repr(Outer.Mid.In))
Outer.Mid.__qualname__ = "Renamed"
print(repr(Outer.Mid), Outer.Mid.__name__)
Outer.Mid.__name__ = "NewName"
print(repr(Outer.Mid), Outer.Mid.__name__)
try:
    Outer.Mid.__qualname__ = 5
except TypeError as e:
    print("TypeError", e)
T = type("T", (A,), {"v": 1, "meth": lambda self: self.v, "__qualname__": "Q.T"})
print(T.__name__, T.__qualname__, T.__module__, T().meth(), T.__bases__, T.__doc__, T.z)
T2 = type("T2", (), {})
print(T2.__bases__, T2.__mro__, type(T2), T2.__module__)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError", e)
try:
    type("X", (), [])
except TypeError as e:
    print("TypeError", e)
try:
    type("X", ())
except TypeError as e:
    print("TypeError", e)
try:
    type(1, (), {})
except TypeError as e:
    print("TypeError", e)
print(type(5), type(type), type(object), object.__bases__, type.__bases__, type.__mro__)
# super() in classmethods/staticmethods/nested classes
class P:
    @classmethod
    def make(cls): return ("P.make", cls.__name__)
    @staticmethod
    def st(): return "P.st"
    def inst(self): return "P.inst"
class C(P):
    @classmethod
    def make(cls): return ("C", super().make())
    @staticmethod
    def st(): return ("C.st", super(C, C).st())
    def inst(self):
        class Nested:
            def go(inner): return super(C, self).inst()
        return Nested().go()
    def lam(self):
        return (lambda: super(C, self).inst())()
    def gen(self):
        yield super().inst()
print(C.make(), C.st(), C().inst(), C().lam(), list(C().gen()))
class E(P):
    @staticmethod
    def bad():
        return super().st()
try:
    E.bad()
except RuntimeError as e:
    print("RuntimeError", e)
def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)
s = super(C, C())
print(s.inst(), repr(super(C, C)).startswith("<super: <class 'C'>, <C object>") or repr(super(C,C)), super(C).__thisclass__.__name__, super(C, C()).__self_class__.__name__)
try:
    super(C, 1)
except TypeError as e:
    print("TypeError", e)
try:
    super(1, 1)
except TypeError as e:
    print("TypeError", e)
class Q:
    def __init__(self):
        self.__class__ = Q2
class Q2(Q):
    def hi(self): return "Q2"
print(Q().hi())
# __class__ cell
class K:
    def get(self): return __class__
print(K().get().__name__)
class Meta(type):
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        return cls
class WithCell(metaclass=Meta):
    def f(self): return __class__
print(WithCell().f() is WithCell)
print(super(B, b).__init__.__qualname__ if False else "", B.__init__.__qualname__, B.m.__qualname__, B.s.__qualname__)
print(object.__dict__["__init__"].__qualname__, str.upper.__qualname__, int.__add__.__qualname__, dict.fromkeys.__qualname__)
print(A.__module__, len.__module__, str.__module__, A.m.__module__)
print(B.__mro__, B.__base__, A.__subclasses__(), B.__basicsize__ if False else "")
