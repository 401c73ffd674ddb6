# non-dict mappings as class namespaces and exec/eval locals: locals(), free variables, __class__, comprehensions
import sys
class NS:
    def __init__(self, **init): self.d = dict(init)
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def keys(self): return self.d.keys()
    def __repr__(self): return 'NS(' + ', '.join(sorted(k for k in self.d if not k.startswith('__'))) + ')'
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw): return NS()
    def __new__(mcs, name, bases, ns, **kw):
        print('meta got', type(ns).__name__, ns)
        return super().__new__(mcs, name, bases, dict(ns.d))
def outer():
    shared = 'closure value'
    class A(metaclass=Meta):
        x = 1
        print('locals is NS:', type(locals()).__name__, locals() is sys._getframe().f_locals)
        y = shared
        shared_in_body = [shared for _ in range(1)]
        def method(self): return __class__.__name__, super().__repr__()[:3]
        def uses_x(self): return self.x
    return A
A = outer()
print(A.x, A.y, A.shared_in_body, A().method(), A().uses_x())
def closure_shadow():
    v = 'from closure'
    class B(metaclass=Meta):
        v = 'from namespace'
        w = v
        def get(self): return v
    return B
B = closure_shadow(); print(B.w, B().get())
ns = NS(a=2)
exec('b = a * 10\nc = [i for i in range(b, b + 2)]\ndef f(): return b\nd = sorted(k for k in ("z", "y"))', {}, ns)
print(ns, ns['b'], ns['c'], ns['d'])
try: ns['f']()
except NameError as e: print('NameError:', e)
print(eval('a + b', {}, ns), eval('[x * 2 for x in (a, b)]', {}, ns))
g = {}
exec('global gv\ngv = 5\nlv = 6', g, ns)
print(g['gv'], ns['lv'])
try: exec('undefined_name', {}, NS())
except NameError as e: print('NameError:', e)
try: exec('del nothing', {}, NS())
except NameError as e: print('NameError:', e)
class RO:
    def __getitem__(self, k): raise KeyError(k)
try: exec('x = 1', {}, RO())
except TypeError as e: print('TypeError:', e)
print(eval('len', {}, RO()) is len)
try:
    class C(metaclass=type('M', (type,), {'__prepare__': classmethod(lambda m, n, b: 5)})): pass
except TypeError as e: print('TypeError:', e)
import collections
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases): return collections.OrderedDict()
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith('__')]
        return cls
class D(metaclass=OrderedMeta):
    z = 1; a = 2; m = 3
print(D.order)
print(dir(), (lambda: dir())())
class Z:
    q = 1
    print(dir())
