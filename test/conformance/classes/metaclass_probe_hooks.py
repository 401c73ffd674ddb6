# class machinery: __prepare__/__new__/__init__/__call__ of a metaclass, __init_subclass__ kwargs, __set_name__, __class_getitem__, __mro_entries__, MRO conflicts
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        return super().__call__(*a, **k)
class A(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v=0): self.v = v
a = A(5)
print(a.v, A.injected, type(A).__name__)
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        print("init_subclass", cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
class Sub(Base, tag="t"): pass
try:
    class Sub2(Base, tag="t", other=1): pass
except TypeError as e: print(e)
try:
    class X(object, bogus=1): pass
except TypeError as e: print(e)
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class H:
    d1 = Desc()
    d2 = Desc()
class G:
    def __class_getitem__(cls, item): return f"G[{item!r}]"
print(G[int], G[1, 2])
class Fake:
    def __mro_entries__(self, bases): print("mro_entries", len(bases)); return (dict,)
class FromFake(Fake()): pass
print(FromFake.__mro__, FromFake.__orig_bases__ is not None)
class O1: pass
class O2(O1): pass
try:
    class Bad(O1, O2): pass
except TypeError as e: print(e)
class X1: pass
class Y1: pass
class Z1(X1, Y1): pass
class W1(Y1, X1): pass
try:
    class V1(Z1, W1): pass
except TypeError as e: print(e)
try:
    class R(int, str): pass
except TypeError as e: print(e)
try:
    class R2(X1, X1): pass
except TypeError as e: print(e)
try:
    class R3(bool): pass
except TypeError as e: print(e)
try:
    class R4(1): pass
except TypeError as e: print(e)
class M2(type): pass
class M3(type): pass
class PA(metaclass=M2): pass
class PB(metaclass=M3): pass
try:
    class PC(PA, PB): pass
except TypeError as e: print(e)
