# Exit order of objects built inside-out (arguments made before the object holding them):
# CPython's first collection at exit moves them after everything made in order, breadth
# first in the order the collector visits them
class Node:
    def __init__(self, v, nxt=None): self.v = v; self.nxt = nxt
    def __del__(self): print("node", self.v)

class T:
    def __init__(self, v, l=None, r=None): self.v = v; self.l = l; self.r = r
    def __del__(self): print("tree", self.v)

class K:
    def __init__(self, v, *kids): self.v = v; self.kids = kids
    def __del__(self): print("kids", self.v)

def build(n):
    out = []
    for i in range(n): out.append(Node(100 + i))
    return out

def pair():
    return Node(200), Node(201)

head = Node(1, Node(2, Node(3)))
root = T(1, T(2, T(4), T(5)), T(3, T(6), T(7)))
k = K(1, K(2), K(3, K(4), K(5)))
xs = build(3)
p = pair()
one = build(1)[0]
print("end")
