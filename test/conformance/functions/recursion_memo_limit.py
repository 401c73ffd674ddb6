# Where memoised recursion and recursive __repr__ hit the default recursion limit, and the message
import sys
from functools import lru_cache

@lru_cache(maxsize=None)
def f(n):
    return 0 if n == 0 else f(n - 1) + n

for n in (300, 490, 499, 520, 900):
    f.cache_clear()
    try:
        print(n, f(n))
    except RecursionError as e:
        print(n, "RecursionError", e)

memo = {}
def g(n):
    if n in memo:
        return memo[n]
    r = 1 if n < 2 else g(n - 1) + g(n - 2)
    memo[n] = r
    return r

for n in (995, 996, 997, 998):
    memo.clear()
    try:
        print(n, g(n) % 1000)
    except RecursionError as e:
        print(n, "RecursionError", e)

class FNode:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __repr__(self): return f"{self.v}->{self.nxt!r}"

class RNode:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __repr__(self): return "x" + repr(self.nxt)

def chain(cls, n):
    h = None
    for i in range(n):
        h = cls(i, h)
    return h

for cls in (FNode, RNode):
    for n in (300, 332, 333, 334, 499, 500):
        try:
            print(cls.__name__, n, len(repr(chain(cls, n))))
        except RecursionError as e:
            print(cls.__name__, n, e)
