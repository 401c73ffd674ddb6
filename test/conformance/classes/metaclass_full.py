# metaclass __prepare__/__new__/__init__/__call__ order and arguments
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', mcs.__name__, name, [b.__name__ for b in bases], kw)
        ns = {'injected': 1}
        return ns
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **kw):
        print('call', cls.__name__, a, kw)
        inst = super().__call__(*a, **kw)
        print('made')
        return inst
class A(metaclass=Meta, opt=5):
    x = 1
    def __init__(self, v): print('A.__init__', v)
a = A(3, )
print(A.injected, type(A).__name__, type(a).__name__)
class B(A): y = 2
print(type(B).__name__)
# __call__ returning something else skips __init__
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self): print('S init')
print(S() is S())
# metaclass conflict
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e: print('TypeError:', e)
# most derived metaclass wins
class M3(M1): pass
class W(metaclass=M3): pass
class V(X, W): pass
print(type(V).__name__)
# function as metaclass
def fmeta(name, bases, ns, **kw):
    print('fmeta', name, kw)
    return 42
class Q(metaclass=fmeta, k=1): pass
print(Q)
# __prepare__ returning a non-mapping
class BadPrep(type):
    @classmethod
    def __prepare__(mcs, *a, **k): return 5
try:
    class R(metaclass=BadPrep): pass
except TypeError as e: print('TypeError:', e)
# keyword to type without metaclass
try:
    class T(bogus=1): pass
except TypeError as e: print('TypeError:', e)
# metaclass attribute lookup visible on class, not instance
class MA(type):
    meta_attr = 'm'
    def meta_method(cls): return cls.__name__
class U(metaclass=MA): pass
print(U.meta_attr, U.meta_method())
try: U().meta_attr
except AttributeError as e: print('AttributeError:', e)
print(type.__prepare__('x', ()), type(type.__prepare__()).__name__)
# __new__ modifying namespace
class Upper(type):
    def __new__(m, n, b, ns):
        return super().__new__(m, n, b, {k.upper() if not k.startswith('__') else k: v for k, v in ns.items()})
class UU(metaclass=Upper):
    val = 3
print(UU.VAL, hasattr(UU, 'val'))
