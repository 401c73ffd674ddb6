# functools.lru_cache: the wrapper object, keys (keyword order, typed), eviction order, maxsize 0/negative, methods
import copy
import functools
from functools import lru_cache, cache

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

f = lru_cache(len)
attempt('copy', lambda: (copy.copy(f) is f, copy.deepcopy(f) is f))
attempt('wrapped', lambda: f.__wrapped__ is len)
attempt('doc of cache_info', lambda: f.cache_info.__doc__)
attempt('cache param', lambda: cache(len).cache_parameters())
attempt('negative', lambda: lru_cache(-3)(len).cache_parameters())
attempt('typed not bool', lambda: lru_cache(len, 1))
attempt('float maxsize', lambda: lru_cache(1.5))
attempt('no args call', lambda: lru_cache(lambda: 5)())

@lru_cache
def kw(**k):
    return sorted(k)
kw(a=1, b=2); kw(b=2, a=1); kw(a=1, b=2)
attempt('keyword order', lambda: kw.cache_info())

@lru_cache
def same(x, *rest):
    return x
same(1); same(True); same(1.0); same(1, 2); same(True, 2); same('a'); same(x='a')
attempt('scalar keys', lambda: same.cache_info())

@lru_cache(typed=True)
def typed(*a, **k):
    return 1
typed(1); typed(1.0); typed(x=1); typed(x=1.0); typed(x=1); typed(1)
attempt('typed', lambda: typed.cache_info())

@lru_cache(maxsize=0)
def zero(x):
    return x
zero(1); zero(1)
attempt('zero', lambda: (zero.cache_info(), zero([1])))

@lru_cache(maxsize=1)
def fails(x):
    raise ValueError(x)
attempt('raises', lambda: fails(1))
attempt('not cached', lambda: fails.cache_info())

@lru_cache(maxsize=3)
def sq(x):
    print('  compute', x)
    return x * x
for x in [1, 2, 3, 1, 4, 2, 1, 3]:
    print('sq', x, sq(x))
print(sq.cache_info())
attempt('unhashable', lambda: sq([1]))

class M:
    @lru_cache
    def m(self, x):
        return x * 2
    @cache
    def n(self):
        return 'n'
attempt('method', lambda: (M().m(3), M.m.cache_info()))
attempt('method type', lambda: type(M().m).__name__)
attempt('class access', lambda: M.m is M.__dict__['m'])
attempt('cache method', lambda: (M().n(), M.n.__name__, M.n.__qualname__))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
attempt('fib', lambda: (fib(60), fib.cache_info()))
fib.cache_clear()
attempt('cleared', lambda: fib.cache_info())
info = fib.cache_info()
attempt('info type', lambda: (type(info).__module__, type(info).__qualname__, info._fields))
attempt('attrs', lambda: (fib.__name__, fib.__qualname__, fib.__module__, fib.__doc__))
