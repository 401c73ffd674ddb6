# Exit order with a class-level registry (a list or dict in the class body, filled by
# __init__), accounts holding transaction lists, a tree built recursively, a stack object
# and a dict keyed by tuples
class A:
    instances = []
    def __init__(self, v):
        self.v = v
        A.instances.append(self)
    def __del__(self): print("A", self.v)

class Account:
    registry = {}
    def __init__(self, owner):
        self.owner = owner
        self.history = []
        Account.registry[owner] = self
    def deposit(self, x):
        self.history.append(Tx(self, x))
    def __del__(self): print("account", self.owner)

class Tx:
    def __init__(self, acct, amt): self.acct = acct; self.amt = amt
    def __del__(self): print("tx", self.acct.owner, self.amt)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
    def __del__(self): print("node", self.name)

def build(depth, name="r"):
    n = Node(name)
    if depth:
        for i in range(2):
            n.add(build(depth - 1, name + str(i)))
    return n

class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x)
    def pop(self): return self._items.pop()

a = A(1)
A(2)
b = [A(3), A(4)]
alice = Account("alice")
alice.deposit(5)
Account("carol").deposit(1)
alice.deposit(3)
tree = build(2)
st = Stack()
for i in range(10, 13):
    st.push(A(i))
top = st.pop()
matrix = {}
for r in range(2):
    for c in range(2):
        matrix[r, c] = A(20 + r * 2 + c)
print("end")
