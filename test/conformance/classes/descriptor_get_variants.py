# descriptor protocol corner cases: __get__ signatures, classmethod over property, descriptors on metaclasses, callables as attributes
class D:
    def __get__(self, obj, owner=None):
        return ('get', type(obj).__name__, getattr(owner, '__name__', owner))
class A:
    d = D()
print(A.d, A().d, A.__dict__['d'].__get__(None, A), A.__dict__['d'].__get__(A()))
class Cls:
    @classmethod
    @property
    def cp(cls): return 'classprop of ' + cls.__name__
class Sub(Cls): pass
print(Cls.cp, Sub.cp, Cls().cp)
class OnlySet:
    def __set__(self, obj, v): obj.__dict__['x'] = ('stored', v)
class B:
    x = OnlySet()
b = B(); b.x = 1
print(b.x, B.x.__class__.__name__)
class GetRaises:
    def __get__(self, obj, owner): raise AttributeError('from get')
class C:
    g = GetRaises()
    def __getattr__(self, name): return 'fallback ' + name
print(C().g)
try: C.g
except AttributeError as e: print('AttributeError:', e)
class Callable:
    def __call__(self, *a): return a
class E:
    c = Callable()
    f = len
    l = lambda *a: a
print(E().c(1), E().f([1, 2]), len(E().l(1)), E.l(1))
class Meta(type):
    @property
    def meta_prop(cls): return 'meta ' + cls.__name__
class F(metaclass=Meta): pass
print(F.meta_prop, hasattr(F(), 'meta_prop'))
class Desc:
    def __init__(self): self.vals = {}
    def __get__(self, obj, owner):
        if obj is None: return self
        return self.vals.get(id(obj), 'default')
    def __set__(self, obj, v): self.vals[id(obj)] = v
    def __delete__(self, obj): self.vals.pop(id(obj), None); print('deleted')
class G:
    v = Desc()
g1, g2 = G(), G()
g1.v = 10
print(g1.v, g2.v, type(G.v).__name__)
del g1.v
print(g1.v)
class WithSlotsDesc:
    __slots__ = ('s',)
    v = Desc()
w = WithSlotsDesc(); w.v = 5; print(w.v)
class H:
    @staticmethod
    def st(x): return x
    st2 = staticmethod(len)
print(H.st(1), H().st(2), H.st2('abc'), H().st2([1]), callable(H.__dict__['st']), H.__dict__['st'](3))
class DescGetReturnsSelfArgs:
    def __get__(self, *args): return len(args)
class I:
    d = DescGetReturnsSelfArgs()
print(I.d, I().d)
import types
class J:
    pass
J.method = types.MethodType(lambda self: 'bound to class', J)
print(J.method(), J().method())
class K:
    def __get__(self, obj, owner): return 'never used for instance attribute'
class L: pass
l = L(); l.k = K()
print(type(l.k).__name__)
