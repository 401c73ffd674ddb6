# weakref: ref, proxy, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize (no collection-timing checks)
import weakref, gc
class Obj:
    def __init__(self, n): self.n = n
    def m(self): return self.n
o = Obj(1)
r = weakref.ref(o)
print(r() is o, r == weakref.ref(o), isinstance(r, weakref.ref), type(r).__name__)
print(weakref.getweakrefcount(o) >= 1, weakref.getweakrefs(o)[0] is r if weakref.getweakrefs(o) else None)
p = weakref.proxy(o)
print(p.n, p.m(), type(p).__name__ in ("weakproxy", "ProxyType"))
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref("s")
except TypeError as e:
    print("TypeError", e)
class L(list): pass
print(weakref.ref(L())() is None or True)
wm = weakref.WeakMethod(o.m)
print(wm()())
wvd = weakref.WeakValueDictionary()
wvd["a"] = o
print(wvd["a"] is o, "a" in wvd, len(wvd), list(wvd.keys()))
try:
    wvd["b"]
except KeyError as e:
    print("KeyError", e)
try:
    wvd["c"] = 5
except TypeError as e:
    print("TypeError", e)
wkd = weakref.WeakKeyDictionary()
wkd[o] = "v"
print(wkd[o], o in wkd, len(wkd))
ws = weakref.WeakSet([o])
print(o in ws, len(ws))
called = []
f = weakref.finalize(o, called.append, "fin")
print(f.alive, f.atexit)
print(f(), called, f.alive, f())
f2 = weakref.finalize(o, lambda: None)
print(f2.detach() is not None, f2.alive)
cb = []
r2 = weakref.ref(o, lambda ref: cb.append("cb"))
print(r2() is o)
# ref subclass
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
        self.extra = extra
for args, kw in [((o, None, "e"), {}), ((), {}), ((o,), {"callback": None})]:
    try:
        MyRef(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
class MyRef2(weakref.ref):
    def __new__(cls, ob, callback=None, extra=None):
        self = super().__new__(cls, ob, callback)
        self.extra = extra
        return self
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
mr = MyRef2(o, None, "e")
print(mr() is o, mr.extra, type(mr).__name__)
print(hash(r) == hash(o))
