# abs, hash, id, ord, chr, callable, any, all are checked against the recursion limit when called (CPython's METH_O call), and what they run (__abs__, __hash__, a generator) is one level deeper
import sys
sys.setrecursionlimit(120)

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

print(deepest(lambda n: abs(-n)), deepest(lambda n: hash(n)), deepest(lambda n: id(n)))
print(deepest(lambda n: ord("a")), deepest(lambda n: chr(65)), deepest(lambda n: callable(n)))
print(deepest(lambda n: any([0, n])), deepest(lambda n: all([])), deepest(lambda n: any(x for x in [1])))

class Loop:
    def __abs__(self):
        Loop.n += 1
        return abs(self)
    def __hash__(self):
        Loop.n += 1
        return hash(self)
for fn in (abs, hash):
    Loop.n = 0
    try:
        fn(Loop())
    except RecursionError as e:
        print(fn.__name__, Loop.n, e)

def anyrec(n):
    return any(anyrec(n + 1) for _ in range(1))
try:
    anyrec(0)
except RecursionError as e:
    tb = e.__traceback__
    frames = 0
    while tb:
        frames += 1
        tb = tb.tb_next
    print("anyrec frames:", frames)

sys.setrecursionlimit(1000)
def distance(points):
    return abs(points[0]) + distance(points)
distance([-3, 4])
