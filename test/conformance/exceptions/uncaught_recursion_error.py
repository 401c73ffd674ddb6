# RecursionError from unbounded recursion at the default limit of 1000
import sys
print(sys.getrecursionlimit())
def forever(n):
    return forever(n + 1)
forever(0)
