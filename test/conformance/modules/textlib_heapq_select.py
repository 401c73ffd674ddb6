# heapq.nlargest/nsmallest: the same comparisons as CPython (min/max for n == 1, sorted when n covers a sized input, a heap
# of (key, order[, item]) otherwise), so bad n, incomparable items and NaN behave the same
import heapq, functools
def e(fn):
    try: print(repr(fn()))
    except Exception as ex: print(type(ex).__name__, ex)
for n in [1.5, -1, 0, 1, 2, 5, True, '2']:
    e(lambda: heapq.nlargest(n, [3, 1, 2]))
    e(lambda: heapq.nsmallest(n, [3, 1, 2]))
    e(lambda: heapq.nlargest(n, iter([3, 1, 2]), key=lambda x: -x))
    e(lambda: heapq.nsmallest(n, iter([3, 1, 2]), key=str))
e(lambda: heapq.nlargest(2, [1, 'a']))
e(lambda: heapq.nsmallest(1, []))
e(lambda: heapq.nlargest(1, [], key=abs))
nan = float('nan')
for data in [[3, nan, 1, 2, 5, 0], [nan, 1, nan, 2], [{1}, {2}, {1, 2}, set(), {3}]]:
    for n in [1, 2, 3, 10]:
        print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data), heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)), heapq.nlargest(n, iter(data), key=lambda x: x))
print(heapq.nlargest(3, iter([(1, 'b'), (1, 'a'), (2, 'c'), (1, 'z')]), key=lambda t: t[0]), heapq.nsmallest(2, iter('hello world'), key=str.upper))
