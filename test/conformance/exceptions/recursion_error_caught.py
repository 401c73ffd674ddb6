# RecursionError is a RuntimeError and can be caught; the program continues normally
import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(100)
d = depth(0)
print("reached a depth between 90 and 100:", 90 <= d < 100)
sys.setrecursionlimit(1000)
print("limit restored:", sys.getrecursionlimit())
