# MRO computation and its errors
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
try:
    class E(A, B): pass
except TypeError as e: print('TypeError:', e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e: print('TypeError:', e)
try:
    class S(A, A): pass
except TypeError as e: print('TypeError:', e)
try:
    class T(1): pass
except TypeError as e: print('TypeError:', e)
try:
    class U(bool): pass
except TypeError as e: print('TypeError:', e)
try: type('V', (A, int, str), {})
except TypeError as e: print('TypeError:', e)
class MyMeta(type):
    def mro(cls):
        return [cls, object]
class Custom(B, metaclass=MyMeta): pass
print([k.__name__ for k in Custom.__mro__], issubclass(Custom, A), Custom.__bases__[0].__name__)
try:
    class Z1(object, A): pass
except TypeError as e: print('TypeError:', e)
class O1(A, object): pass
print([k.__name__ for k in O1.__mro__])
print(object.__mro__, type.__mro__, bool.__mro__)
class BadMro(type):
    def mro(cls): return [1]
try:
    class BM(metaclass=BadMro): pass
except TypeError as e: print('TypeError:', e)
# __bases__ assignment
class K1: pass
class K2: 
    def hi(self): return 'K2'
class K3(K1): pass
K3.__bases__ = (K2,)
print(K3().hi(), [c.__name__ for c in K3.__mro__])
try: K3.__bases__ = ()
except TypeError as e: print('TypeError:', e)
try: K2.__bases__ = (K3,)
except TypeError as e: print('TypeError:', e)
