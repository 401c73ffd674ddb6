# __slots__ with inheritance, __dict__ and __weakref__ slots, defaults, errors
import weakref
class A:
    __slots__ = ('a',)
class B(A):
    __slots__ = ('b',)
class C(B): pass
b = B(); b.a = 1; b.b = 2
print(b.a, b.b, hasattr(b, '__dict__'))
try: b.c = 3
except AttributeError as e: print('AttributeError:', e)
c = C(); c.c = 3
print(c.__dict__)
try: A().a
except AttributeError as e: print('AttributeError:', e)
try: weakref.ref(A())
except TypeError as e: print('TypeError:', e)
class W:
    __slots__ = ('__weakref__', 'x')
w = W(); r = weakref.ref(w); print(r() is w)
class Dd:
    __slots__ = ('__dict__',)
d = Dd(); d.anything = 1; print(d.__dict__)
try:
    class Bad:
        __slots__ = ('x',)
        x = 1
except ValueError as e: print('ValueError:', e)
try:
    class Bad2:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e: print('TypeError:', e)
try:
    class Bad3:
        __slots__ = (1,)
except TypeError as e: print('TypeError:', e)
try:
    class Bad4:
        __slots__ = ('not valid',)
except TypeError as e: print('TypeError:', e)
class S:
    __slots__ = 'single'
print(S.__slots__, type(S.single).__name__)
class M:
    __slots__ = ('__priv',)
    def __init__(self): self.__priv = 5
print(M().__dict__ if False else sorted(k for k in M.__dict__ if 'priv' in k))
try:
    class IntSlot(int):
        __slots__ = ('x',)
except TypeError as e: print('TypeError:', e)
class TupSlot(tuple):
    __slots__ = ()
print(TupSlot((1, 2)))
class X: __slots__ = ('p',)
class Y: __slots__ = ('q',)
try:
    class XY(X, Y): pass
except TypeError as e: print('TypeError:', e)
class E1: __slots__ = ()
class XY2(X, E1): pass
print(XY2.__mro__[1].__name__)
print(repr(A.a)[:22])
class Del:
    __slots__ = ('v',)
dd = Del(); dd.v = 1; del dd.v
try: del dd.v
except AttributeError as e: print('AttributeError:', e)
print(A.a.__name__, A.a.__objclass__.__name__)
class Dict1:
    __slots__ = {'k': 'doc for k', 'm': None}
print(Dict1.k.__doc__, Dict1.m.__doc__)
