# a metaclass __prepare__ returning a non-dict mapping: the class body's loads and stores go through it
class LoggingNS:
    def __init__(self): self.d = {}; self.log = []
    def __getitem__(self, k):
        self.log.append(('get', k))
        return self.d[k]
    def __setitem__(self, k, v):
        self.log.append(('set', k)); self.d[k] = v
    def __delitem__(self, k):
        self.log.append(('del', k)); del self.d[k]
    def __contains__(self, k): return k in self.d
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases): return LoggingNS()
    def __new__(mcs, name, bases, ns):
        print([e for e in ns.log if not e[1].startswith('__')])
        print(sorted(k for k in ns.d if k.startswith('__')))
        return super().__new__(mcs, name, bases, dict(ns.d))
x_global = 'g'
class A(metaclass=Meta):
    a = 1
    b = a + 1
    c = x_global
    d = len('abc')
    del a
    def m(self): return b if False else 'm'
    e: int = 5
    try:
        missing_name
    except NameError as err:
        f = str(err)
print(A.b, A.c, A.d, A.f, A.e, hasattr(A, 'a'), A.__annotations__ if hasattr(A, '__annotations__') else None)
class DefaultNS(dict):
    def __missing__(self, k):
        if k.startswith('auto_'): return k.upper()
        raise KeyError(k)
class AutoMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases): return DefaultNS()
class B(metaclass=AutoMeta):
    x = auto_value
    y = len
print(B.x, B.y is len)
class Counting(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith('__'): raise TypeError(f'duplicate {k}')
        super().__setitem__(k, v)
class NoDup(type):
    @classmethod
    def __prepare__(mcs, name, bases): return Counting()
try:
    class C(metaclass=NoDup):
        a = 1
        a = 2
except TypeError as e: print('TypeError:', e)
class OnlyGet:
    def __getitem__(self, k): raise KeyError(k)
class BadMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases): return OnlyGet()
    def __new__(mcs, *a): return 'made'
try:
    class D(metaclass=BadMeta):
        z = 1
except Exception as e: print(type(e).__name__, e)
