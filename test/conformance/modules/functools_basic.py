import functools
from functools import partial, reduce, lru_cache, cache, wraps, cmp_to_key, total_ordering, cached_property, update_wrapper

def f(a, b=2, *c, **k):
    return (a, b, c, k)

p = partial(f, 1, 9)
print(p(), p(5, x=1), p.func is f, p.args, p.keywords)
pk = partial(f, b=3)
print(pk(0), pk(0, b=4), pk.keywords)
pp = partial(p, 7, z=0)
print(pp.args, pp.keywords, pp.func is f, pp())
print(repr(partial(len)), repr(partial(len, 'abc')), partial(len, 'abc')())
print(repr(partial(max, 1, key=abs)))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [], 7))

@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2))
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__.__name__, sq.__name__)
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0])

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())

@lru_cache
def ident(x, y=0):
    return (x, y)
print(ident(1), ident(1, y=0), ident(1, 0), ident(1), ident.cache_info())

@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())

class C:
    @cached_property
    def value(self):
        print('compute')
        return 5
c = C()
print(c.value, c.value, c.__dict__)

def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@deco
def hello(name):
    "Say hello."
    return 'hello ' + name
print(hello('x'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)

def other():
    pass
def base():
    "base doc"
base.extra = 1
update_wrapper(other, base)
print(other.__name__, other.__doc__, other.extra, other.__wrapped__ is base)

@total_ordering
class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(N(1) <= N(2), N(2) > N(1), N(1) >= N(1), N(3) <= N(1), N(1) > N(1))

@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(2) >= G(3))

print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
