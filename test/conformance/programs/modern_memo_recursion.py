# recursion with memoisation: lru_cache, dict memo, closures, nonlocal counters, deep recursion
import sys
from functools import lru_cache, cache, wraps


def counted(fn):
    @wraps(fn)
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner


@counted
def fib_naive(n):
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)


print(fib_naive(20), fib_naive.calls)


@lru_cache(maxsize=128)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(300), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__wrapped__(10))


def make_memo():
    memo = {}
    hits = 0

    def grid_paths(r, c):
        nonlocal hits
        if (r, c) in memo:
            hits += 1
            return memo[r, c]
        if r == 0 or c == 0:
            result = 1
        else:
            result = grid_paths(r - 1, c) + grid_paths(r, c - 1)
        memo[r, c] = result
        return result

    def stats():
        return len(memo), hits
    return grid_paths, stats


paths, stats = make_memo()
print(paths(16, 16), stats())


@cache
def knapsack(i, cap):
    if i == len(ITEMS) or cap == 0:
        return 0
    w, v = ITEMS[i]
    best = knapsack(i + 1, cap)
    if w <= cap:
        best = max(best, v + knapsack(i + 1, cap - w))
    return best


ITEMS = tuple((w, v) for w, v in zip(range(3, 60, 4), range(10, 200, 13)))
print(knapsack(0, 150), knapsack.cache_info().currsize)


@lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b:
        return ""
    if a[-1] == b[-1]:
        return lcs(a[:-1], b[:-1]) + a[-1]
    return max(lcs(a[:-1], b), lcs(a, b[:-1]), key=len)


print(repr(lcs("the quick brown fox", "a quick brown dog jumps")))


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


m = hanoi(12)
print(len(m), m[:3], m[-1])


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), sys.getrecursionlimit())
sys.setrecursionlimit(5000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(4000))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x


nested = [1, [2, [3, [4, (5, 6)]], 7], [[[[8]]]]]
print(list(flatten(nested)))


def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]


print(len(permutations("abcdef")), permutations("abc"))
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
