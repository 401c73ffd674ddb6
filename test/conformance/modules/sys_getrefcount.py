# sys.getrefcount: the references CPython's reference counts hold (names, containers, attributes,
# a frame's locals and the call's own argument, bound methods, iterators, cells, generators,
# an exception's args, class attributes, defaults).
import sys
class A: pass
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a]
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
d = {'k': a}
print(sys.getrefcount(a))
def f(x):
    print('in f', sys.getrefcount(x))
    y = x
    print('in f', sys.getrefcount(x))
f(a)
o = A()
print(sys.getrefcount(o))
o.self = o
print(sys.getrefcount(o))
t = (o, o, o)
print(sys.getrefcount(o))
def g():
    z = A()
    print('g', sys.getrefcount(z))
    lst = [z] * 5
    print('g', sys.getrefcount(z))
g()
m = o.__init__
print(sys.getrefcount(o))
it = iter(c)
print(sys.getrefcount(c))
cl = lambda: a
print(sys.getrefcount(a))
def outer():
    v = A()
    def inner(): return v
    print('cell', sys.getrefcount(v))
    return inner
h = outer()
print(sys.getrefcount(h))
print(sys.getrefcount(A) > 2)
class Node2:
    def __init__(self, val):
        self.val = val
        self.next = None
n1 = Node2(1)
n2 = Node2(2)
n1.next = n2
print('n2', sys.getrefcount(n2))
s = {n2}
fs = frozenset([n2])
print('n2', sys.getrefcount(n2))
for item in [n1, n2]:
    print('loop', item.val, sys.getrefcount(item))
print('after loop', sys.getrefcount(n2))
del item
print([sys.getrefcount(x) for x in (n1, n2)])
def gen(o):
    yield o
g = gen(n1)
print('gen', sys.getrefcount(n1))
next(g)
print('gen started', sys.getrefcount(n1))
g = None
print('gen dropped', sys.getrefcount(n1))
try:
    raise ValueError(n1)
except ValueError as e:
    print('exc', sys.getrefcount(n1))
print('after exc', sys.getrefcount(n1))
class Holder:
    shared = n1
print('class attr', sys.getrefcount(n1))
def with_default(x=n2):
    return x
print('default', sys.getrefcount(n2))
meth = n1.__init__
print('bound', sys.getrefcount(n1))
del meth
x = [[n1]]
print('nested', sys.getrefcount(n1))
d = {n1: 'key'}
print('dict key', sys.getrefcount(n1))
print(sys.getrefcount(Node2(5)))
def count_locals():
    a = Node2(0)
    b = a
    c = [a]
    return sys.getrefcount(a)
print('locals', count_locals())
l = [Node2(i) for i in range(3)]
print([sys.getrefcount(o) for o in l])
