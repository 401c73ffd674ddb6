# Runaway recursion through print(): a frame at the limit may run, but print's write() call fails
import sys
sys.setrecursionlimit(100)

def deepest(op):
    depth = 0
    def down(n):
        nonlocal depth
        depth = n
        op(n)
        down(n + 1)
    try:
        down(1)
    except RecursionError as e:
        return depth, str(e)

print(deepest(lambda n: None))
print(deepest(lambda n: print(end="")))
print(deepest(lambda n: print("", end="")))
print(deepest(lambda n: print(n, end="", file=sys.stderr)))
print(deepest(lambda n: sys.stdout.write("")))
print(deepest(lambda n: sys.stderr.write("")))
print(deepest(lambda n: str(n)))

def greet(n):
    print("hello", n)
    greet(n + 1)

greet(0)
