# Runaway recursion printing to stderr: a line-buffered stream's newline flushes inside write(), two levels deeper
import sys
sys.setrecursionlimit(80)

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

print(deepest(lambda n: print(n, file=sys.stderr)))
print(deepest(lambda n: print(n, end="", file=sys.stderr)))
print(deepest(lambda n: print("a\nb", end="", file=sys.stderr)))
print(deepest(lambda n: print("a", "b", sep="\n", end="", file=sys.stderr)))
print(deepest(lambda n: print(n, "x", file=sys.stderr)))
print(deepest(lambda n: sys.stderr.write("w\n")))
print(deepest(lambda n: sys.stderr.write("w")))
print(file=sys.stderr)

def report(n):
    print("level", n, file=sys.stderr)
    report(n + 1)

report(0)
