# Exit order of structures grown one node at a time: a linked list appended at its tail, a
# binary search tree, children lists, a doubly linked list and parent pointers
class Node:
    def __init__(self, v): self.v = v; self.nxt = None
    def __del__(self): print("node", self.v)

class BST:
    def __init__(self, v): self.v = v; self.l = None; self.r = None
    def __del__(self): print("bst", self.v)

def insert(t, v):
    if t is None: return BST(v)
    if v < t.v: t.l = insert(t.l, v)
    else: t.r = insert(t.r, v)
    return t

class Tree:
    def __init__(self, v, parent=None):
        self.v = v; self.parent = parent; self.kids = []
        if parent: parent.kids.append(self)
    def __del__(self): print("tree", self.v)

class DNode:
    def __init__(self, v): self.v = v; self.prev = None; self.next = None
    def __del__(self): print("dnode", self.v)

class DList:
    def __init__(self): self.head = None; self.tail = None
    def push(self, v):
        n = DNode(v)
        if self.tail is None: self.head = self.tail = n
        else: n.prev = self.tail; self.tail.next = n; self.tail = n

head = Node(0)
cur = head
for i in range(1, 4):
    cur.nxt = Node(i); cur = cur.nxt
root = None
for v in [5, 3, 8, 1, 4, 7, 9]:
    root = insert(root, v)
top = Tree(0); c1 = Tree(1, top); Tree(2, top); Tree(3, c1)
dl = DList()
for i in range(4):
    dl.push(i)
prepended = None
for i in range(3):
    n = Node(10 + i); n.nxt = prepended; prepended = n
print("end")
