# Project-Euler-style recursion with caches: collatz lengths, lattice paths, partitions, coin change, cache_info
import sys
from functools import lru_cache, cache

sys.setrecursionlimit(10000)


@cache
def collatz(n):
    if n == 1:
        return 1
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 30000), key=collatz)
print("E14-ish", best, collatz(best), collatz.cache_info().currsize > 30000)


@lru_cache(maxsize=None)
def lattice(r, c):
    if r == 0 or c == 0:
        return 1
    return lattice(r - 1, c) + lattice(r, c - 1)


print("E15", lattice(20, 20), lattice.cache_info())
lattice.cache_clear()
print(lattice.cache_info(), lattice(3, 3))


@lru_cache(maxsize=128)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print("p(40)", partitions(40, 40), partitions.cache_info().maxsize, partitions.cache_info().hits > 0)
COINS = (1, 2, 5, 10, 20, 50, 100, 200)


@cache
def ways(amount, i=len(COINS) - 1):
    if amount == 0:
        return 1
    if amount < 0 or i < 0:
        return 0
    return ways(amount - COINS[i], i) + ways(amount, i - 1)


print("E31", ways(200), ways(1000))
table = [1] + [0] * 200
for c in COINS:
    for a in range(c, 201):
        table[a] += table[a - c]
print("E31 dp", table[200], table[:12])


@lru_cache(maxsize=3)
def slow_square(x):
    print(f"  computing {x}")
    return x * x


for x in [1, 2, 3, 1, 4, 2, 1]:
    slow_square(x)
print(slow_square.cache_info(), slow_square.__name__, slow_square.__wrapped__(9))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(5000))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
typed = lru_cache(typed=True)(lambda x: type(x).__name__)
print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)
