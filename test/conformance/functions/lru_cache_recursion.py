# Recursion through functools.lru_cache: each level counts the wrapper's call too (its RecursionError names it), deep memoised recursion, methods and mutual recursion
import sys
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def depth(n):
    return depth(n - 1) + 1 if n else 0

def attempt(n):
    depth.cache_clear()
    try:
        return depth(n)
    except RecursionError as e:
        return 'RecursionError: %s' % e

for n in [100, 480, 490, 495, 496, 497, 498, 499, 500, 600]:
    print(n, attempt(n))
print(depth.cache_info().currsize > 0)

@lru_cache(maxsize=16)
def bounded(n):
    return bounded(n - 1) + 1 if n else 0
for n in [490, 497, 498, 499, 700]:
    bounded.cache_clear()
    try:
        print('bounded', n, bounded(n))
    except RecursionError as e:
        print('bounded', n, type(e).__name__, e)

def plain_then_cached(n):
    # A plain frame between cached ones: two levels per cached call, one per plain call.
    return cached_then_plain(n - 1) if n else 0
@cache
def cached_then_plain(n):
    return plain_then_cached(n - 1) + 1 if n else 0
for n in [600, 660, 663, 664, 665, 666, 700]:
    cached_then_plain.cache_clear()
    try:
        print('mutual', n, cached_then_plain(n))
    except RecursionError as e:
        print('mutual', n, type(e).__name__, e)

sys.setrecursionlimit(30000)
depth.cache_clear()
print('deep', depth(10000), depth.cache_info())

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print('fib', fib(3000) % 1000000007, fib.cache_info())

class Tree:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=None)
    def size(self, k):
        return 1 + self.size(k - 1) if k else 1
t = Tree(1)
print('method', t.size(2000), Tree.size.cache_info())

def gen_user(n):
    yield n
cached_gen = lru_cache(gen_user)
g1 = cached_gen(1)
print('generator', g1 is cached_gen(1), list(g1), list(cached_gen(1)), cached_gen.cache_info())
