# functools._lru_cache_wrapper as a type: its name, dict, constructor and argument errors, methods, __get__, __dict__, copying and pickling
import copy
import functools
import pickle
import re
import weakref

def masked(text):
    return re.sub('0x[0-9a-f]+', 'ADDR', str(text))

def attempt(label, f):
    try:
        print(label, '->', masked(repr(f())))
    except Exception as e:
        print(label, '!!', type(e).__name__, masked(e))

W = functools._lru_cache_wrapper
print(W, W.__module__, W.__name__, W.__qualname__)
print(sorted(W.__dict__))
print(W.__doc__.splitlines()[0])
attempt('subclass', lambda: type('S', (W,), {}))

@functools.lru_cache
def f(x):
    """doc of f"""
    return x
print(type(f) is W, isinstance(f, W))
print(masked(repr(f)))
print(sorted(f.__dict__))
print(sorted(set(dir(f)) - set(dir(object()))))
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__wrapped__.__name__)
print(type(f.cache_parameters).__name__, f.cache_parameters())
attempt('cache_info descriptor', lambda: W.__dict__['cache_info'])
attempt('cache_info bound', lambda: f.cache_info)
attempt('cache_info doc', lambda: f.cache_info.__doc__)
attempt('cache_clear doc', lambda: f.cache_clear.__doc__)

# The constructor, as functools.lru_cache calls it.
info = lambda *a: ('info',) + a
attempt('no args', lambda: W())
attempt('not callable', lambda: W(1, 2, 3, 4))
attempt('maxsize str', lambda: W(len, 'x', False, info))
attempt('maxsize float', lambda: W(len, 2.0, False, info))
attempt('maxsize huge', lambda: W(len, 2 ** 70, False, info))
attempt('three args', lambda: W(len, 2, 0))
attempt('keywords missing', lambda: W(len, 2, typed=0, cache_info_type=tuple))
attempt('five args', lambda: W(len, 2, 0, tuple, 5))
attempt('extra keyword', lambda: W(len, 2, 0, tuple, x=5))
class Index:
    def __index__(self):
        return 2
class NoBool:
    def __bool__(self):
        raise ValueError('no truth value')
attempt('typed raises', lambda: W(len, 2, NoBool(), tuple))
for maxsize in [None, 2, -5, 0, True, Index()]:
    g = W(len, maxsize, 0, info)
    print('maxsize', type(maxsize).__name__, g('abc'), g('abc'), g('de'), g.cache_info())
g = W(user_function=len, maxsize=3, typed=[1], cache_info_type=info)
print(g('ab'), g('ab'), g(b'ab'), g.cache_info())
attempt('info type raises', lambda: W(len, 2, 0, len).cache_info())
attempt('__new__', lambda: W.__new__(W, len, 1, 0, info)('xyz'))
attempt('__new__ of int', lambda: W.__new__(int, len, 1, 0, info))
print(g.__dict__, g.__doc__ == W.__doc__)
attempt('no wrapped', lambda: g.__wrapped__)
attempt('no qualname', lambda: g.__reduce__())

# __dict__
g.x = 1
print(g.__dict__)
g.__dict__ = {'y': 2}
print(g.y, g.__dict__)
attempt('dict int', lambda: setattr(g, '__dict__', 5))
attempt('del dict', lambda: delattr(g, '__dict__'))
g.cache_info = 5
attempt('shadowed method', lambda: g.cache_info)
attempt('shadowed call', lambda: g.cache_info())
del g.cache_info
attempt('method back', lambda: g.cache_info())

# Methods and their argument errors
attempt('cache_info(1)', lambda: f.cache_info(1))
attempt('cache_clear(1)', lambda: f.cache_clear(1))
attempt('cache_info kw', lambda: f.cache_info(x=1))
attempt('unbound cache_info', lambda: W.cache_info(f))
attempt('cache_info of int', lambda: W.cache_info(5))
attempt('cache_clear of int', lambda: W.cache_clear(5))
attempt('__copy__', lambda: f.__copy__() is f)
attempt('__copy__ args', lambda: f.__copy__(1, 2) is f)
attempt('__copy__ kw', lambda: f.__copy__(x=1))
attempt('__deepcopy__', lambda: f.__deepcopy__({}) is f)
attempt('__deepcopy__ none', lambda: f.__deepcopy__() is f)
attempt('__deepcopy__ kw', lambda: f.__deepcopy__(memo={}))
attempt('__reduce__', lambda: f.__reduce__())
attempt('__reduce__(1)', lambda: f.__reduce__(1))
attempt('__reduce_ex__', lambda: f.__reduce_ex__(2))
attempt('copies', lambda: (copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy([f])[0] is f))
attempt('pickle', lambda: pickle.loads(pickle.dumps(f)) is f)
f.__qualname__ = 'nowhere'
attempt('pickle lost', lambda: pickle.dumps(f))
f.__qualname__ = 'f'
f.__qualname__ = 5
attempt('__reduce__ int', lambda: f.__reduce__())
f.__qualname__ = 'f'

# Calling, __call__, __get__
attempt('call', lambda: f(3))
attempt('__call__', lambda: f.__call__(4))
attempt('type __call__', lambda: W.__call__(f, 5))
attempt('type __call__ int', lambda: W.__call__(5, 4))
attempt('missing arg', lambda: f())
attempt('too many', lambda: f(1, 2))
attempt('bad keyword', lambda: f(y=3))
attempt('__get__ None', lambda: f.__get__(None, int) is f)
attempt('__get__ None None', lambda: f.__get__(None, None))
attempt('__get__ no args', lambda: W.__get__(f))
attempt('__get__ bare', lambda: W.__get__())
attempt('__get__ int', lambda: f.__get__(3)())
attempt('__get__ int repr', lambda: repr(f.__get__(3)))

class C:
    @functools.lru_cache(maxsize=4)
    def m(self, x):
        return (self.name, x)
    @functools.cache
    def n(self):
        return self.name
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'C(%s)' % self.name
a, b = C('a'), C('b')
print(a.m(1), b.m(1), a.m(1), C.m.cache_info())
print(a.n(), b.n(), a.n(), C.n.cache_info())
print(repr(a.m), a.m.__func__ is C.m, a.m.__self__ is a)
print(C.m(a, 1), C.m.cache_info())
print(pickle.loads(pickle.dumps(C.m)) is C.m, C.m.__reduce__())

# Hashing, equality and weak references are object's.
print(f == f, f != f, hash(f) == hash(f))
r = weakref.ref(f)
print(r() is f)
