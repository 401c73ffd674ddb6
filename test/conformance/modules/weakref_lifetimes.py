# Weak references see their objects go when the last strong reference does (del, a rebinding, a
# function's return, a list emptied): ref() gives None, callbacks run (unless their reference
# went first), the weak containers lose the entry, finalize() calls its function, proxies raise.
import weakref, gc

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name})"

a = Node("a")
r = weakref.ref(a)
print(r() is a)
del a
print("after del:", r())

b = Node("b")
rb = weakref.ref(b, lambda ref: print("callback for b, ref dead:", ref() is None))
print("deleting b")
del b
print("b deleted")

c = Node("c")
weakref.ref(c, lambda ref: print("never printed"))
del c
print("c gone quietly")

d = Node("d")
d.me = weakref.ref(d, lambda ref: print("d self-ref callback"))
del d
print("d done")

def f():
    x = Node("local")
    rx = weakref.ref(x, lambda r: print("local died"))
    print("in f")
    return rx
rx = f()
print("f returned", rx())

cache = weakref.WeakValueDictionary()
objs = [Node(i) for i in range(5)]
for o in objs:
    cache[o.name] = o
print(len(cache), sorted(cache.keys()))
del objs[1:3]
print(len(cache), sorted(cache.keys()))
objs.clear()
print(len(cache), list(cache.items()))

wk = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
wk[k1] = 1; wk[k2] = 2
print(len(wk))
del k1
print(len(wk), [n.name for n in wk])

ws = weakref.WeakSet()
items = [Node(i) for i in range(4)]
for it in items: ws.add(it)
print(len(ws))
items.pop()
print(len(ws))
items = None
print(len(ws))

e = Node("e")
fin = weakref.finalize(e, print, "finalizer for e ran")
print("alive:", fin.alive)
del e
print("alive:", fin.alive)

p_target = Node("p")
p = weakref.proxy(p_target)
print(p.name)
del p_target
try:
    p.name
except ReferenceError as exc:
    print("ReferenceError:", exc)

class D:
    def __del__(self):
        print("D.__del__")
dd = D()
rd = weakref.ref(dd, lambda r: print("D callback"))
del dd
print("dd done")

g = Node("g")
rg = weakref.ref(g)
h = hash(rg)
del g
print(hash(rg) == h, rg == rg, rg() is None)
try:
    hash(weakref.ref(Node("tmp")))
except TypeError as exc:
    print("TypeError:", exc)

def func(): pass
rf = weakref.ref(func)
del func
print("func:", rf())

class Obs:
    def __init__(self, n): self.n = n
    def notify(self): print("notify", self.n)
listeners = weakref.WeakSet()
o1, o2 = Obs(1), Obs(2)
listeners.add(o1); listeners.add(o2)
for l in sorted(listeners, key=lambda x: x.n): l.notify()
del o1
for l in sorted(listeners, key=lambda x: x.n): l.notify()

m = Obs(3)
wm = weakref.WeakMethod(m.notify)
wm()()
del m
print("wm:", wm())

print(weakref.getweakrefcount(Node("z")))
last = Node("last")
rl = weakref.ref(last, lambda r: print("last callback at exit"))
fl = weakref.finalize(last, print, "finalize last at exit")
print("end")
