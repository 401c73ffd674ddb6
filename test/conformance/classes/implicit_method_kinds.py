# dunders made implicitly static/class methods (__new__, __init_subclass__, __class_getitem__), also via type()
def new(cls, *a): print('new', cls.__name__, a); return object.__new__(cls)
def isc(cls, **kw): print('init_subclass', cls.__name__, kw)
def cgi(cls, item): return (cls.__name__, item)
A = type('A', (), {'__new__': new, '__init_subclass__': isc, '__class_getitem__': cgi})
print(type(A.__dict__['__new__']).__name__, type(A.__dict__['__init_subclass__']).__name__, type(A.__dict__['__class_getitem__']).__name__)
a = A(1, 2)
B = type('B', (A,), {}, flag=1)
print(A[int], B['x'])
class C:
    def __new__(cls): return super().__new__(cls)
    def __init_subclass__(cls): pass
    def __class_getitem__(cls, x): return x
print(type(C.__dict__['__new__']).__name__, type(C.__dict__['__init_subclass__']).__name__, type(C.__dict__['__class_getitem__']).__name__)
class D:
    __new__ = staticmethod(new)
    __init_subclass__ = classmethod(isc)
print(type(D.__dict__['__new__']).__name__, type(D.__dict__['__init_subclass__']).__name__)
D()
class E(D, k=2): pass
class F:
    __new__ = lambda cls: 'lambda new'
print(F(), type(F.__dict__['__new__']).__name__)
class G:
    __new__ = len
try: G()
except TypeError as e: print('TypeError:', e)
G.__new__ = staticmethod(lambda cls: 'patched')
print(G())
class H: pass
H.__new__ = lambda cls: 'set later'
try: print(H())
except TypeError as e: print('TypeError:', e)
H.__init_subclass__ = lambda cls: print('later isc', cls)
try:
    class I(H): pass
except TypeError as e: print('TypeError:', e)
H.__class_getitem__ = lambda cls, x: 'later cgi'
try: print(H[1])
except TypeError as e: print('TypeError:', e)
