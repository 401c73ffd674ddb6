# min()/max() take a recursion level for their call and one more for each comparison; sorted() one for the sort it calls
import sys

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

for limit in (100, 250):
    sys.setrecursionlimit(limit)
    print(limit, deepest(lambda n: max(n, 1)), deepest(lambda n: min([n, 2, 3])), deepest(lambda n: max([n])))
    print(limit, deepest(lambda n: sorted([3, 1])), deepest(lambda n: min(1.5, n)), deepest(lambda n: max(x for x in [1, 2])))
    print(limit, deepest(lambda n: sorted(x for x in [2, 1])), deepest(lambda n: max("ab", "b")))

def gen_depth(n):
    return max(gen_depth(n + 1) for _ in range(1))
try:
    gen_depth(0)
except RecursionError as e:
    print("through max(generator):", e)

sys.setrecursionlimit(1000)
def best_total(scores):
    top = max(scores)
    return top + best_total(scores[:])

best_total([3, 9, 4])
