# Weak references and cycles (cleared at gc.collect()), a callback that raises, properties
# holding a parent weakly, finalize() in a loop, a WeakValueDictionary cache, WeakSet and
# WeakKeyDictionary entries going with a function's locals or a deleted key.
import weakref, gc

class Node:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.children = []
    def add(self, child):
        child.parent = self
        self.children.append(child)

root = Node("root")
root.add(Node("kid"))
r = weakref.ref(root, lambda r: print("root collected"))
del root
print("after del (cycle):", r() is None)
n = gc.collect()
print("after collect:", r() is None)

class Bad:
    def __call__(self, r):
        raise ValueError("oops in callback")
    def __repr__(self):
        return "<Bad callback>"
bad = Bad()

class A: pass
a = A()
ra = weakref.ref(a, bad)
del a
print("after bad callback")

class Tree:
    def __init__(self, v):
        self.v = v
        self._parent = None
    @property
    def parent(self):
        return self._parent() if self._parent else None
    @parent.setter
    def parent(self, p):
        self._parent = weakref.ref(p)

t = Tree(1)
c = Tree(2)
c.parent = t
print(c.parent.v)
del t
print(c.parent)

for i in range(3):
    x = A()
    weakref.finalize(x, print, "finalized", i)
print("loop done")
del x
print("x deleted")

class Cache:
    def __init__(self):
        self._d = weakref.WeakValueDictionary()
    def get(self, k):
        o = self._d.get(k)
        if o is None:
            o = A(); o.k = k
            self._d[k] = o
            print("made", k)
        return o
cache = Cache()
v1 = cache.get(1)
v1b = cache.get(1)
print(v1 is v1b)
del v1, v1b
v1c = cache.get(1)
print(len(cache._d))

s = weakref.WeakSet()
def work():
    tmp = [A() for _ in range(3)]
    for t in tmp: s.add(t)
    print("inside", len(s))
work()
print("outside", len(s))

d = weakref.WeakKeyDictionary()
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return self.n == o.n
k = K(1)
d[k] = "one"
print(d[K(1)], K(1) in d)
del k
print(len(d), K(1) in d)
print(sorted(dir(weakref.ref(A())) ) == sorted(dir(weakref.ref(A()))))
print(weakref.getweakrefcount(cache))
