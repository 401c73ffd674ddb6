# a traceback deeper than 1000 entries prints only the last 1000 (the default sys.tracebacklimit)
import sys
sys.setrecursionlimit(3000)
def down(n):
    if n == 0:
        raise ValueError("bottom of a 1200-deep recursion")
    return down(n - 1)
print(hasattr(sys, "tracebacklimit"))
down(1200)
