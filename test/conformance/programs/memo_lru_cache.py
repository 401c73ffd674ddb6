# LRU cache implementation and memoisation with functools
import functools
from collections import OrderedDict
import time


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        while len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("  evict", evicted)

    def __repr__(self):
        return f"LRUCache({list(self.data.items())}, hits={self.hits}, misses={self.misses})"


c = LRUCache(3)
for k in "abcadeab":
    if c.get(k) is None:
        c.put(k, ord(k))
print(c)


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        key = (args, frozenset(kwargs.items()))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    wrapper.cache = cache
    return wrapper


@memoize
def binomial(n, k):
    """n choose k"""
    if k in (0, n):
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)


print(binomial(60, 30), len(binomial.cache), binomial.__name__, binomial.__doc__, binomial.__wrapped__.__name__)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(300), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=4)
def square(x):
    return x * x


for x in [1, 2, 3, 1, 4, 5, 1, 2, 2.0, 6]:
    square(x)
print(square.cache_info(), square.cache_parameters())


@functools.lru_cache(maxsize=8, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


@functools.cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance("kitten", "sitting"), edit_distance("intention", "execution"), edit_distance.cache_info().currsize > 10)


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @functools.cached_property
    def stats(self):
        self.computed += 1
        n = len(self.values)
        mean = sum(self.values) / n
        return {"n": n, "mean": mean, "var": sum((v - mean) ** 2 for v in self.values) / n}


d = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(d.stats, d.stats["var"], d.computed)
del d.stats
d.values.append(100)
print(d.stats["n"], d.computed)

add3 = functools.partial(lambda a, b, c: a + b + c, 1, c=3)
print(add3(2), add3(b=5), add3.args, add3.keywords)
print(functools.reduce(lambda acc, x: acc * x, range(1, 11)), functools.reduce(max, [3, 9, 2], 0))


class Temperature:
    @functools.singledispatchmethod
    def convert(self, value):
        raise TypeError(f"cannot convert {type(value).__name__}")

    @convert.register
    def _(self, value: int):
        return f"int {value * 9 // 5 + 32}F"

    @convert.register
    def _(self, value: float):
        return f"float {value * 9 / 5 + 32:.1f}F"


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


@describe.register
def _(x: dict):
    return f"dict with keys {sorted(x)}"


t = Temperature()
print(t.convert(100), t.convert(37.5))
try:
    t.convert("hot")
except TypeError as e:
    print("TypeError:", e)
print(describe(1), describe([1, 2]), describe({"b": 1, "a": 2}), describe(True))
print(sorted(["b", "A", "c", "B"], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
calls = []


def slow_square(n, _cache={}):
    if n not in _cache:
        calls.append(n)
        _cache[n] = n * n
    return _cache[n]


print([slow_square(i % 3) for i in range(9)], calls)
print(fib.__wrapped__ is not None, hasattr(fib, "cache_info"), isinstance(fib, functools._lru_cache_wrapper))
