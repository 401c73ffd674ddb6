# recursion (hanoi, n-queens, lru_cache) and sorting/searching demos printing their steps
from functools import lru_cache, cache
import sys
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None: moves = []
    if n:
        hanoi(n - 1, a, c, b, moves); moves.append((n, a, c)); hanoi(n - 1, b, a, c, moves)
    return moves
m = hanoi(4); print(len(m), m[:5], m[-1])
def queens(n):
    sols = []
    def place(row, cols, d1, d2, cur):
        if row == n: sols.append(cur[:]); return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2: continue
            cur.append(c); place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, cur); cur.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
s8 = queens(8); print(len(s8), s8[0], s8[-1])
for row in s8[0]: print(" ".join("Q" if i == row else "." for i in range(8)))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300), fib.cache_info())
fib.cache_clear(); print(fib.cache_info(), fib(10), fib.cache_info())
@lru_cache(maxsize=3)
def sq(x): print("compute", x); return x * x
for x in [1, 2, 3, 1, 4, 2, 1]: sq(x)
print(sq.cache_info(), sq.__wrapped__(5), sq.cache_parameters())
@cache
def partitions(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(15)], partitions(100, 100))
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info().currsize)
try:
    @lru_cache
    def bad(x): return x
    bad([1])
except TypeError as e:
    print("TypeError:", e)
def bubble(a):
    a = a[:]; n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]; swapped = True
        print(f"  pass {i + 1}: {a}")
        if not swapped: break
    return a
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]; j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]; j -= 1
        a[j + 1] = key
        print(f"  insert {key:>3}: {a}")
    return a
def merge_sort(a, depth=0):
    if len(a) <= 1: return a
    mid = len(a) // 2
    l, r = merge_sort(a[:mid], depth + 1), merge_sort(a[mid:], depth + 1)
    out = []; i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]: out.append(l[i]); i += 1
        else: out.append(r[j]); j += 1
    out += l[i:] + r[j:]
    print("  " * depth + f"merge {l} + {r} -> {out}")
    return out
def quick(a):
    if len(a) < 2: return a
    p, *rest = a
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])
def bsearch(a, x):
    lo, hi = 0, len(a) - 1; steps = 0
    while lo <= hi:
        mid = (lo + hi) // 2; steps += 1
        print(f"  lo={lo} hi={hi} mid={mid} a[mid]={a[mid]}")
        if a[mid] == x: return mid, steps
        if a[mid] < x: lo = mid + 1
        else: hi = mid - 1
    return -1, steps
data = [29, 3, 71, 3, -4, 18, 0, 55]
print(bubble(data)); print(insertion(data)); print(merge_sort(data)); print(quick(data))
sd = sorted(data); print(bsearch(sd, 55), bsearch(sd, 4))
people = [("bob", 25), ("al", 30), ("cy", 25), ("di", 30), ("ed", 20)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])), sorted(people, reverse=True, key=lambda p: p[1]))
print(sorted("The quick Brown fox".split(), key=str.lower), sorted([3, 1, 2], reverse=True), list(reversed(sorted({3: "a", 1: "b"}))))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), sys.getrecursionlimit())
def permute(s):
    if len(s) <= 1: return [s]
    return [c + p for i, c in enumerate(s) for p in permute(s[:i] + s[i + 1:])]
print(permute("abc"), len(permute("abcde")))
def flatten(x):
    for i in x:
        if isinstance(i, (list, tuple)): yield from flatten(i)
        else: yield i
print(list(flatten([1, [2, (3, [4, []]), 5], [[6]]])))
def collatz(n, memo={1: 1}):
    if n not in memo: memo[n] = 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
    return memo[n]
print(max(range(1, 10000), key=collatz), collatz(27))
def power_set(s):
    if not s: return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def gcd(a, b): return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2**100, 6**50))
