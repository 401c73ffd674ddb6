# sys.getrecursionlimit / setrecursionlimit
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(3000))
sys.setrecursionlimit(200)
try:
    depth(1000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit(), depth(500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
