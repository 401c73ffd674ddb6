# getweakrefcount/getweakrefs count only the references still alive: one dropped leaves the list
import weakref, gc

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Node(%s)" % self.name

n = Node("a")
r1 = weakref.ref(n)
r2 = weakref.ref(n, lambda r: print("callback r2"))
p = weakref.proxy(n)
print(weakref.getweakrefcount(n), len(weakref.getweakrefs(n)))
del r2
print("after del r2:", weakref.getweakrefcount(n))
print(n.__weakref__ is r1)
del r1
print("after del r1:", weakref.getweakrefcount(n), type(n.__weakref__).__name__)

def make_refs(obj, k):
    refs = [weakref.ref(obj, lambda r: None) for _ in range(k)]
    print("inside:", weakref.getweakrefcount(obj))
    return refs[0]

kept = make_refs(n, 5)
print("after call:", weakref.getweakrefcount(n))
holder = {"r": weakref.ref(n, lambda r: print("callback holder"))}
print(weakref.getweakrefcount(n))
holder.clear()
print(weakref.getweakrefcount(n))
refs = weakref.getweakrefs(n)
print([type(x).__name__ for x in refs])
del refs
s = weakref.WeakSet([n])
print("with WeakSet:", weakref.getweakrefcount(n))
del s
print("WeakSet gone:", weakref.getweakrefcount(n))
d = weakref.WeakValueDictionary()
d["k"] = n
print("with WVD:", weakref.getweakrefcount(n))
del d["k"]
print("key deleted:", weakref.getweakrefcount(n))
print("deleting n")
del n, p
print(kept() is None)
print("end")
