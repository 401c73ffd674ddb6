# __prepare__ is looked up as an attribute of any metaclass object (a function carrying one, an instance), errors from its lookup propagate except AttributeError
class LoggingDict(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)
def meta(name, bases, ns, **kw):
    print("meta:", name, bases, sorted(ns.items()), kw)
    return ns
def prepare(name, bases, **kw):
    print("prepare:", name, bases, sorted(kw.items()))
    return LoggingDict()
meta.__prepare__ = prepare
class C(metaclass=meta, other="booh"):
    a = 1
    b = 2
print(type(C).__name__)
class Obscure(Exception): pass
class FailDescr:
    def __get__(self, inst, owner): raise Obscure("from __get__")
class Meta(type):
    __prepare__ = FailDescr()
try:
    class X(metaclass=Meta): pass
except Obscure as e: print("Obscure", e)
class AttrErrDescr:
    def __get__(self, inst, owner): raise AttributeError("hidden")
class Meta2(type):
    __prepare__ = AttrErrDescr()
class Y(metaclass=Meta2): x = 1
print(Y.x)
class NotMapping(type):
    @classmethod
    def __prepare__(m, *a): return 5
try:
    class Z(metaclass=NotMapping): pass
except TypeError as e: print(e)
def fmeta(n, b, ns): return 42
fmeta.__prepare__ = lambda n, b: 7
try:
    class W(metaclass=fmeta): pass
except TypeError as e: print(e)
class Inst:
    def __call__(self, n, b, ns): return ("called", n, sorted(k for k in ns if not k.startswith('__')))
    def __prepare__(self, n, b): print("inst prepare", n); return {}
class V(metaclass=Inst()):
    q = 1
print(V)
