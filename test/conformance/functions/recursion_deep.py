# 50,000-deep recursion works after raising the recursion limit
import sys
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(50000))
def sum_to(n, acc=0):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)
print(sum_to(50000))
def build(n):
    return [] if n == 0 else [n, build(n - 1)]
nested = build(30000)
count = 0
while nested:
    count += 1
    nested = nested[1]
print(count)
def ping(n):
    return n if n == 0 else pong(n - 1)
def pong(n):
    return n if n == 0 else ping(n - 1)
print(ping(49999))
