# `x in [..]` at the recursion limit: comparing with an element other than x itself fails " in comparison"; finding x itself first does not compare
import sys
sys.setrecursionlimit(150)

def deepest(test):
    depth = 0
    def down(n):
        nonlocal depth
        depth = n
        test(n)
        down(n + 1)
    try:
        down(1)
    except RecursionError as e:
        return depth, str(e)

print(deepest(lambda n: 7 in [1, 2, 3]))
print(deepest(lambda n: 1 in [1, 2, 3]))
print(deepest(lambda n: "z" in ("a", "b")))
print(deepest(lambda n: 5 in []))

def search(tree, key):
    if key in [node for node in tree if node is not None]:
        return True
    return search(tree, key)

search([3, None, 4], 9)
