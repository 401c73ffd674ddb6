# Dynamic programming with printed tables: edit distance with the alignment traced back,
# LCS, 0/1 knapsack with chosen items, coin change (min coins and ways) with a memo dict,
# longest increasing subsequence, matrix-chain order with parenthesisation, rod cutting.
from functools import lru_cache
import sys


def edit_distance(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        dp[i][0] = i
    for j in range(m + 1):
        dp[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = a[i - 1] != b[j - 1]
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + cost)
    ops, i, j = [], n, m
    while i or j:
        if i and j and dp[i][j] == dp[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            ops.append(("=" if a[i - 1] == b[j - 1] else "~", a[i - 1], b[j - 1]))
            i, j = i - 1, j - 1
        elif i and dp[i][j] == dp[i - 1][j] + 1:
            ops.append(("-", a[i - 1], " "))
            i -= 1
        else:
            ops.append(("+", " ", b[j - 1]))
            j -= 1
    return dp, ops[::-1]


def show_table(a, b, dp):
    print("      " + "  ".join(f"{c:>2}" for c in " " + b))
    for i, row in enumerate(dp):
        label = a[i - 1] if i else " "
        print(f"  {label:>2}  " + "  ".join(f"{v:>2}" for v in row))


dp, ops = edit_distance("kitten", "sitting")
show_table("kitten", "sitting", dp)
print("distance", dp[-1][-1])
print("".join(o[1] for o in ops), "".join(o[0] for o in ops), "".join(o[2] for o in ops), sep="\n")


def lcs(x, y):
    L = [[""] * (len(y) + 1) for _ in range(len(x) + 1)]
    for i, cx in enumerate(x):
        for j, cy in enumerate(y):
            L[i + 1][j + 1] = L[i][j] + cx if cx == cy else max(L[i][j + 1], L[i + 1][j], key=len)
    return L[-1][-1]


for x, y in [("AGGTAB", "GXTXAYB"), ("ABCBDAB", "BDCABA"), ("", "abc"), ("same", "same")]:
    print(f"lcs({x!r}, {y!r}) = {lcs(x, y)!r}")


def knapsack(items, cap):
    best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[-1][-1], chosen[::-1]


items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
print(knapsack(items, 200))
print(knapsack(items, 0), knapsack([], 10))

memo = {}


def min_coins(amount, coins):
    if amount == 0:
        return 0, ()
    if amount < 0:
        return None
    key = (amount, coins)
    if key in memo:
        return memo[key]
    best = None
    for c in coins:
        sub = min_coins(amount - c, coins)
        if sub is not None and (best is None or sub[0] + 1 < best[0]):
            best = (sub[0] + 1, tuple(sorted(sub[1] + (c,), reverse=True)))
    memo[key] = best
    return best


for amt, coins in [(63, (1, 5, 10, 21, 25)), (30, (25, 10, 1)), (7, (2, 4)), (0, (1,))]:
    print(amt, coins, "->", min_coins(amt, coins))
print("memo size", len(memo))


@lru_cache(maxsize=None)
def ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return ways(amount - coins[0], coins) + ways(amount, coins[1:])


print(ways(100, (50, 25, 10, 5, 1)), ways(300, (200, 100, 50, 20, 10, 5, 2, 1)), ways.cache_info().hits > 0)


def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    import bisect
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            idx.append(i)
        else:
            tails[k] = x
            idx[k] = i
        prev[i] = idx[k - 1] if k else None
    out, i = [], idx[-1] if idx else None
    while i is not None:
        out.append(seq[i])
        i = prev[i]
    return out[::-1]


print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]), lis([]), lis([5, 4, 3]))


def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = sys.maxsize
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if c < cost[i][j]:
                    cost[i][j], split[i][j] = c, k

    def paren(i, j):
        return chr(65 + i) if i == j else f"({paren(i, split[i][j])}{paren(split[i][j] + 1, j)})"
    return cost[0][n - 1], paren(0, n - 1)


print(matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30, 40, 30]), matrix_chain([5, 10]))
prices = [1, 5, 8, 9, 10, 17, 17, 20]
best = [0] * (len(prices) + 1)
cut = [0] * (len(prices) + 1)
for n in range(1, len(prices) + 1):
    best[n], cut[n] = max((prices[i] + best[n - i - 1], i + 1) for i in range(n))
pieces, n = [], len(prices)
while n:
    pieces.append(cut[n])
    n -= cut[n]
print("rod", best, pieces)
print(sys.maxsize, f"{sys.maxsize:,}", sys.maxsize.bit_length())
