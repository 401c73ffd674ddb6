# heapq, bisect and functools still work when their accelerator modules are blocked
# (sys.modules[name] = None), falling back to their Python definitions, as CPython's do.
import sys

for name in ('_heapq', '_bisect', '_functools', 'heapq', 'bisect', 'functools'):
    sys.modules.pop(name, None)
for name in ('_heapq', '_bisect', '_functools'):
    sys.modules[name] = None

import heapq, bisect, functools

# heapq: the primitives, min-heap and max-heap, against sorted()
data = [5, 1, 9, 3, 7, 2, 8, 2, 6, 0]
h = []
for x in data:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))])
h = list(data)
heapq.heapify(h)
print(h[0], heapq.heapreplace(h, 4), heapq.heappushpop(h, -1), heapq.heappushpop(h, 10))
print(sorted(h) == [heapq.heappop(h) for _ in range(len(h))])
print(heapq.nlargest(3, data), heapq.nsmallest(3, data, key=lambda v: -v))
print(list(heapq.merge([1, 4, 7], [2, 5], [0, 9])), list(heapq.merge([7, 4], [5, 2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
print(heapq.heappush.__module__)

# bisect: both sides, bounds, key=, insort
a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 5, 0, 4))
print(bisect.bisect_left(a, 3, hi=3), bisect.bisect_right(a, 0, lo=2))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(a, 3)
bisect.insort_left(a, 2)
bisect.insort_right(recs, ('d', 4), key=lambda r: r[1])
print(a, recs)
for bad in (lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.insort(10, 1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# functools: reduce, cmp_to_key, lru_cache and its statistics
print(functools.reduce(lambda x, y: x * y, range(1, 6)), functools.reduce(max, [], 'init'))
try:
    functools.reduce(max, [])
except TypeError as e:
    print('TypeError', e)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda x, y: y - x)))

@functools.lru_cache(maxsize=2)
def square(n):
    print('computing', n)
    return n * n

print(square(2), square(3), square(2), square(4), square(3))
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters())

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())

@functools.lru_cache(typed=True)
def kind(x, *, tag=''):
    return type(x).__name__ + tag

print(kind(1), kind(1.0), kind(1, tag='!'), kind.cache_info())
print(functools.lru_cache(0)(abs)(-3))
