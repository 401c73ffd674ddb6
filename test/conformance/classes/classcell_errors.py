# __classcell__ propagation, __class__ cell identity, and metaclass mistakes
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcs, name, bases, ns)
try:
    class Broken(metaclass=Meta):
        def m(self): return __class__
except RuntimeError as e: print('RuntimeError:', e)
class Fine(metaclass=Meta):
    def m(self): return 1
print(Fine().m())
class Good(type):
    def __new__(mcs, name, bases, ns):
        print('cell present', '__classcell__' in ns)
        return super().__new__(mcs, name, bases, ns)
class UsesCell(metaclass=Good):
    def m(self): return __class__
print(UsesCell().m() is UsesCell)
class NoCell(metaclass=Good):
    def m(self): return 1
class Swap(type):
    def __new__(mcs, name, bases, ns):
        other = super().__new__(mcs, name + 'Other', bases, dict(ns))
        return other
try:
    class S(metaclass=Swap):
        def m(self): return __class__
except TypeError as e: print('TypeError:', e)
def meta_fn(name, bases, ns):
    return type(name, bases, ns)
class ViaFn(metaclass=meta_fn):
    def m(self): return super().__repr__()[:9]
print(ViaFn().m())
class WrongNew(type):
    def __new__(mcs, name, bases, ns):
        return 5
class W(metaclass=WrongNew): pass
print(W)
class NoInit(type):
    def __init__(cls, name, bases, ns, extra=None):
        print('init extra', extra)
        super().__init__(name, bases, ns)
    def __new__(mcs, name, bases, ns, extra=None):
        return super().__new__(mcs, name, bases, ns)
class X(metaclass=NoInit, extra=3): pass
try: type.__new__(type, 'A', (), {}, 1)
except TypeError as e: print('TypeError:', e)
try: type.__init__(X, 'A', (), {}, 1)
except TypeError as e: print('TypeError:', e)
try: type.__new__(int, 'A', (), {})
except TypeError as e: print('TypeError:', e)
try: type.__new__(5)
except TypeError as e: print('TypeError:', e)
class C:
    def f(self): return __class__
    g = lambda self: __class__
print(C().f() is C, C().g() is C)
