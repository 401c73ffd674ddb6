# A call of a class is a recursion level of its own under its __init__/__new__ frame (CPython's tp_call check)
import sys


class Chain:
    def __init__(self, n):
        self.next = Chain(n + 1)


class Made:
    def __new__(cls, n):
        return object.__new__(cls) if n == 0 else Made(n - 1)


class Leaf:
    def __init__(self):
        pass


class Bare:
    pass


class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1) for _ in range(2)] if depth else []


def deepest(make):
    def down(k):
        return down(k - 1) if k else make()
    for n in range(980, 1000):
        try:
            down(n)
        except RecursionError as e:
            return n, str(e)
    return None


for name, make in [("Leaf()", Leaf), ("Bare()", Bare), ("int('5')", lambda: int("5")), ("complex(1)", lambda: complex(1)),
                   ("list()", list), ("float('1')", lambda: float("1")), ("ValueError('x')", lambda: ValueError("x")),
                   ("zip()", zip)]:
    print(name, deepest(make))
try:
    Chain(0)
except RecursionError as e:
    print("Chain:", e)
print("Made:", type(Made(300)).__name__)
try:
    Made(600)
except RecursionError as e:
    print("Made 600:", e)
sys.setrecursionlimit(200)
print(len(Tree(8).kids))
try:
    Tree(120)
except RecursionError as e:
    print("Tree:", e)
for limit in (60, 61):
    sys.setrecursionlimit(limit)
    count = 0

    class Counted:
        def __init__(self):
            global count
            count += 1
            Counted()
    try:
        Counted()
    except RecursionError as e:
        print(limit, count, e)
sys.setrecursionlimit(1000)
Chain(0)
