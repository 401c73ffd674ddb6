# __del__ during the run: an error in __del__ (unraisablehook), returned objects, a raising function's locals, generators' and closures' locals, sorted, linked lists, cycles left to gc.collect(), resurrection, with
import sys

def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, 'in', u.object.__qualname__)
sys.unraisablehook = hook
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
class Bad:
    def __del__(self): raise ValueError('boom in del')
b = Bad()
del b
print('after bad')
def maker():
    return A('returned')
x = maker()
print('got', x.n)
def thrower():
    a = A('in thrower')
    raise KeyError('k')
try:
    thrower()
except KeyError as e:
    print('caught', e)
print('after except')
def gen():
    a = A('gen local')
    yield 1
    yield 2
g = gen()
print(next(g))
del g
print('gen dropped')
def outer():
    a = A('closure')
    def inner():
        return a.n
    return inner
f = outer()
print(f())
del f
print('closure dropped')
items = sorted([A(3), A(1), A(2)], key=lambda a: a.n)
print([a.n for a in items])
items = None
print('sorted dropped')
class Node:
    def __init__(self, n): self.n = n; self.next = None
    def __del__(self): print('node', self.n)
head = Node(1); head.next = Node(2); head.next.next = Node(3)
head = None
print('list dropped')
c1 = Node('c1'); c2 = Node('c2'); c1.next = c2; c2.next = c1
del c1, c2
print('cycle dropped')
import gc
print('collect')
print(gc.collect())
print(gc.collect())
print('collected')
saved = []
class Phoenix:
    def __del__(self):
        print('phoenix rises'); saved.append(self)
p = Phoenix(); del p
print(len(saved))
with open(__file__) as fh:
    w = A('in with')
del w
print('end')
