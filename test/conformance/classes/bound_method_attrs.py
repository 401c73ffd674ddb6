# bound methods: attributes, equality, hashing, rebinding, classmethod/staticmethod objects
class A:
    def m(self, x=1): "doc m"; return x
    @classmethod
    def c(cls): return cls
    @staticmethod
    def s(): return 's'
a, b = A(), A()
bm = a.m
print(bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__, bm.__doc__, bm.__module__)
print(a.m == a.m, a.m is a.m, a.m == b.m, a.m != b.m, hash(a.m) == hash(a.m), a.m == A.m)
print(A.c.__self__ is A, A().c.__self__ is A, A.c.__func__.__name__, type(A.__dict__['c']).__name__, type(A.__dict__['s']).__name__)
print(A.__dict__['s'].__func__ is A.s, A.__dict__['c'].__func__.__qualname__, A.s.__qualname__)
try: bm.newattr = 1
except AttributeError as e: print('AttributeError:', e)
A.m.tag = 'tagged'; print(bm.tag, a.m.tag)
try: bm.__func__ = None
except AttributeError as e: print('AttributeError:', e)
import types
m2 = types.MethodType(lambda self, y: (self is a, y), a)
print(m2(5), type(m2).__name__, m2.__self__ is a)
try: types.MethodType(len, None)
except TypeError as e: print('TypeError:', e)
def free(self): return 'free'
A.free = free; print(a.free(), A.free(a), A.__dict__['free'] is free)
cm = classmethod(free); sm = staticmethod(free)
print(cm.__func__ is free, sm.__func__ is free, sm.__wrapped__ is free, cm.__wrapped__ is free, callable(sm), sm(1))
print(isinstance(A.m, types.FunctionType), isinstance(a.m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(type(dict.fromkeys).__name__, type(str.__dict__['maketrans']).__name__)
print(type(A.__dict__.get('__init__')).__name__, 'm' in dir(a), '__func__' in dir(a.m), '__get__' in dir(type(a.m)))
print(A.c.__get__(None, A) is A.c.__func__, a.m.__get__ == a.m.__func__.__get__)
class B(A):
    def m(self, x=2): return super().m(x) * 10
print(B().m(), B.m.__qualname__, B().m.__func__ is B.m)
print(a.m.__get__(b)() if hasattr(a.m, '__get__') else '', A.m.__get__(a).__self__ is a)
f = A.m.__get__(None, A); print(f is A.m)
print(classmethod(free).__get__(None, A)())
print([].append.__self__, (1).__add__.__self__, len.__self__.__name__, type(len.__self__).__name__)
class CallableObj:
    def __call__(self, x): return x * 2
A.co = CallableObj(); print(a.co(4))
print(a.m.__func__.__defaults__, a.m.__func__.__code__.co_varnames, A.m.__code__.co_argcount)
