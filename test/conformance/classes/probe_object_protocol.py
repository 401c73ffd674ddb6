# object protocol corners: __new__/__init__ interplay, __call__, __del__, __class__, __init__ return value
class N:
    def __new__(cls, *a):
        print("N.__new__", a)
        return 42
    def __init__(self, *a):
        print("N.__init__ never")
print(N(1))
class Other: 
    def __init__(self, *a): print("Other.__init__", a)
class N2:
    def __new__(cls, *a):
        return Other()
print(type(N2(1)).__name__)
class Sub(N2): pass
class N3:
    def __new__(cls, *a):
        return object.__new__(Sub3)
    def __init__(self, *a): print("N3.__init__", type(self).__name__, a)
class Sub3(N3): pass
N3(5)
class InitRet:
    def __init__(self): return 1
try:
    InitRet()
except TypeError as e:
    print("TypeError", e)
class NoArgs: pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError", e)
try:
    NoArgs(a=1)
except TypeError as e:
    print("TypeError", e)
class OnlyInit:
    def __init__(self, a): self.a = a
print(OnlyInit(1).a)
try:
    object.__new__(OnlyInit, 1).a
except AttributeError as e:
    print("AttributeError", e)
class OnlyNew:
    def __new__(cls, a): return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(1)
except TypeError as e:
    print("TypeError", e)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError", e)
class Cl:
    def __call__(self, *a, **k): return ("called", a, k)
c = Cl()
print(c(1, b=2), callable(c), callable(Cl), callable(1))
c.__call__ = lambda: "instance attr ignored"
print(c())
try:
    NoArgs()()
except TypeError as e:
    print("TypeError", e)
class Del:
    def __del__(self): pass
d = Del(); del d
print("after del")
class ClassSwap:
    pass
class ClassSwap2:
    def who(self): return "swap2"
x = ClassSwap()
x.__class__ = ClassSwap2
print(x.who(), type(x).__name__, isinstance(x, ClassSwap))
try:
    x.__class__ = int
except TypeError as e:
    print("TypeError", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError", e)
class Slot1:
    __slots__ = ("a",)
class Slot2:
    __slots__ = ("b",)
try:
    s = Slot1(); s.__class__ = Slot2
except TypeError as e:
    print("TypeError", e)
# __init_subclass__ and __set_name__ order
class Desc:
    def __set_name__(self, owner, name): print("set_name", name, hasattr(owner, "flag"))
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        cls.flag = True
class Child(Base, extra=1):
    d = Desc()
# instance method lookup does not find instance-dict dunders
class Dunder:
    pass
dd = Dunder()
dd.__len__ = lambda: 5
dd.__repr__ = lambda: "inst repr"
try:
    len(dd)
except TypeError as e:
    print("TypeError", e)
print(repr(dd) != "inst repr")
# class-level assignment of dunder after creation
Dunder.__len__ = lambda self: 7
print(len(dd))
Dunder.__repr__ = lambda self: "class repr"
print(repr(dd), str(dd), f"{dd}")
del Dunder.__repr__
print(repr(dd).startswith("<__main__.Dunder object"))
Dunder.__eq__ = lambda s, o: True
print(dd == 1)
try:
    hash(dd)
    print("still hashable")
except TypeError as e:
    print("TypeError", e)
Dunder.__bool__ = lambda s: False
print(bool(dd), not dd)
Dunder.__iter__ = lambda s: iter([1, 2])
print(list(dd))
Dunder.__getitem__ = lambda s, k: k * 2
print(dd[4])
Dunder.__add__ = lambda s, o: "added"
print(dd + 1)
Dunder.__radd__ = lambda s, o: "radded"
print(1 + dd)
Dunder.__call__ = lambda s: "now callable"
print(dd())
Dunder.__enter__ = lambda s: "entered"
Dunder.__exit__ = lambda s, *a: print("exit", a[0])
with dd as v:
    print(v)
# bound method identity and attributes
class BM:
    def m(self): return self
bm = BM()
print(bm.m == bm.m, bm.m is bm.m, bm.m.__self__ is bm, bm.m.__func__ is BM.m, BM.m.__name__, bm.m.__name__, bm.m.__qualname__)
print(hash(bm.m) == hash(bm.m), BM.__dict__["m"] is BM.m)
try:
    bm.m.x = 1
except AttributeError as e:
    print("AttributeError", e)
BM.m.attr = "fattr"
print(bm.m.attr)
# object() has no __dict__
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), object().__eq__(5), object.__lt__(1, 2))
print(object.__format__(1, ""), object.__repr__(1)[:13] if False else "", object.__str__(1), object.__sizeof__(1) > 0 if False else "")
try:
    object.__format__(1, "d")
except TypeError as e:
    print("TypeError", e)
print(object.__reduce_ex__(OnlyInit(1), 2)[0].__name__, object.__getstate__(OnlyInit(3)), object().__getstate__())
print(int.__init_subclass__.__name__, object.__init_subclass__() , object.__subclasshook__(1))
class Slot1:
    __slots__ = ("a",)
class Slot2:
    __slots__ = ("b",)
class Slot3:
    __slots__ = ("a",)
class Slot4:
    __slots__ = ("a", "b")
class Sub1(Slot1): pass
class Sub3(Slot3): pass
class SubS(Slot1):
    __slots__ = ("c",)
class SubS3(Slot3):
    __slots__ = ("c",)
for a, b in [(Slot1, Slot2), (Slot1, Slot3), (Slot1, Slot4), (Sub1, Sub3), (Sub1, Slot1), (SubS, SubS3), (SubS, Slot4), (Slot1, SubS)]:
    try:
        o = a()
        o.a = 1
        o.__class__ = b
        print("ok", a.__name__, b.__name__, o.a)
    except TypeError as e:
        print("TypeError", e)
class Plain1: pass
class Plain2: pass
class Plain3(Plain2): pass
class L1(list): pass
class L2(list): pass
for a, b in [(Plain1, Plain2), (Plain1, Plain3), (L1, L2), (L1, Plain1)]:
    try:
        o = a()
        o.__class__ = b
        print("ok", a.__name__, b.__name__)
    except TypeError as e:
        print("TypeError", e)
