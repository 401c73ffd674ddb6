# __weakref__ and __dict__ are getset descriptors in the dict of each class that adds them (none
# for __slots__ classes unless listed there); obj.__weakref__ is None until a weak reference exists.
import weakref
class C: pass
class D(C): pass
class S:
    __slots__ = ('a',)
class SW:
    __slots__ = ('a', '__weakref__')
class SD(SW):
    pass
class E(Exception): pass
for cls in [C, D, S, SW, SD, E, object, int]:
    print(cls.__name__, '__weakref__' in dir(cls), '__weakref__' in cls.__dict__, hasattr(cls, '__weakref__'))
    try:
        d = cls.__weakref__
        print(' ', d, type(d).__name__, d.__name__, d.__objclass__.__name__, repr(d.__doc__))
    except AttributeError as e:
        print('  AttributeError', e)
c = C()
print(c.__weakref__)
r = weakref.ref(c)
print(c.__weakref__ is r)
r2 = weakref.ref(c)
print(r2 is r, c.__weakref__ is r)
def cb(x): pass
r3 = weakref.ref(c, cb)
print(c.__weakref__ is r, r3 is r)
try:
    c.__weakref__ = 1
except Exception as e: print(type(e).__name__, e)
try:
    del c.__weakref__
except Exception as e: print(type(e).__name__, e)
s = S()
try: s.__weakref__
except Exception as e: print(type(e).__name__, e)
try: weakref.ref(s)
except Exception as e: print(type(e).__name__, e)
sw = SW()
print(sw.__weakref__)
r = weakref.ref(sw); print(sw.__weakref__ is r)
print(C.__weakref__.__get__(c) is c.__weakref__, C.__weakref__.__get__(None, C) is C.__weakref__)
try: C.__weakref__.__get__(1)
except Exception as e: print(type(e).__name__, e)
print(sorted(k for k in C.__dict__), sorted(k for k in SW.__dict__), sorted(S.__dict__))
print(C.__dict__['__weakref__'] is C.__weakref__, D.__weakref__ is C.__weakref__)
print(C.__dict__['__dict__'])
print(vars(c), c.__dict__)
class K:
    x = 1
    def f(self): pass
class S3(S): pass
class S4(S):
    __slots__ = ('__weakref__',)
class SF:
    __slots__ = ('b', 'a', '__weakref__', '__dict__')
class I(int): pass
class T(tuple): pass
class St(str): pass
class Se(set): pass
class M(type): pass
for cls in [K, S3, S4, SF, I, T, St, Se, M, E]:
    print(cls.__name__, list(cls.__dict__))
for bases, slots in [((C,), ('__weakref__',)), ((int,), ('__weakref__',)), ((object,), ('__weakref__', '__weakref__')),
                     ((SW,), ('__weakref__',)), ((set,), ('__weakref__',)), ((object,), ('__dict__', '__dict__'))]:
    try:
        type('X', bases, {'__slots__': slots})
        print(bases[0].__name__, slots, 'ok')
    except TypeError as e:
        print(bases[0].__name__, slots, type(e).__name__, e)
dd = K.__dict__['__dict__']
print(dd, type(dd).__name__, dd.__name__, dd.__objclass__.__name__, repr(dd.__doc__), dd.__qualname__)
k = K()
print(dd.__get__(k), dd.__get__(None, K) is dd)
for f in [lambda: dd.__get__(1), lambda: dd.__set__(k, 1), lambda: dd.__set__(1, {}), lambda: C.__weakref__.__delete__(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
dd.__set__(k, {'z': 3})
print(k.z, vars(k))
print(weakref.getweakrefcount(k), k.__weakref__)
p = weakref.proxy(k)
print(k.__weakref__ is p)
r = weakref.ref(k)
print(k.__weakref__ is r)
print('__weakref__' in dir(K()), '__weakref__' in dir(S()), '__dict__' in dir(S()), '__dict__' in dir(SW()))
