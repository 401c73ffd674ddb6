# Runaway recursion through flush(): sys.stdout.flush() takes two recursion levels, print(..., flush=True) three
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

print(deepest(lambda n: sys.stdout.flush()), deepest(lambda n: sys.stderr.flush()))
print(deepest(lambda n: print(n, end=" ", flush=True)))
print(deepest(lambda n: print(end="", flush=True)))
print(deepest(lambda n: print(n, file=sys.stderr, flush=True)))

def tick(n):
    print(".", end="", flush=True)
    tick(n + 1)

tick(0)
