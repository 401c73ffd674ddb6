"""Caches: functools.lru_cache/cached_property, weakref dictionaries, copy/deepcopy hooks, reprlib."""
import copy
import gc
import reprlib
import weakref
from functools import lru_cache, cached_property, wraps
from collections import OrderedDict


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        value = self.data[key] = compute(key)
        if len(self.data) > self.capacity:
            evicted, _ = self.data.popitem(last=False)
            print(f"  evict {evicted!r}")
        return value

    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"


cache = LRU(3)
for k in ["a", "b", "a", "c", "d", "b", "a", "e", "a"]:
    cache.get(k, str.upper)
print(cache)


@lru_cache(maxsize=32)
def partitions(n, k=None):
    k = n if k is None else k
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print(partitions(30), partitions.cache_info())
partitions.cache_clear()
print(partitions(5), partitions.cache_info().currsize, partitions.__wrapped__.__name__)


def counted(fn):
    @wraps(fn)
    def inner(*a, **kw):
        inner.calls += 1
        return fn(*a, **kw)
    inner.calls = 0
    return inner


class Document:
    instances = weakref.WeakValueDictionary()

    def __init__(self, name, words):
        self.name = name
        self.words = words
        Document.instances[name] = self

    @cached_property
    @counted
    def index(self):
        out = {}
        for i, w in enumerate(self.words):
            out.setdefault(w, []).append(i)
        return out

    def __deepcopy__(self, memo):
        print(f"  deepcopy {self.name}")
        new = Document(self.name + "-copy", copy.deepcopy(self.words, memo))
        return new

    def __copy__(self):
        print(f"  copy {self.name}")
        return Document(self.name + "-shallow", self.words)


d = Document("readme", "to be or not to be".split())
print(d.index["be"], d.index is d.index, Document.index.func.calls, "index" in vars(d))
del d.index
print(d.index["to"], Document.index.func.calls, Document.index.attrname)
d2 = copy.copy(d)
d3 = copy.deepcopy(d)
d2.words.append("!")
print(d.words[-1], d3.words[-1], sorted(Document.instances.keys()))
print(Document.instances["readme-copy"] is d3, len(Document.instances), "readme" in Document.instances)

obj = Document("tmp", [])
ref = weakref.ref(obj)
print(ref() is obj, weakref.getweakrefcount(obj) >= 1, ref == weakref.ref(obj))
proxy = weakref.proxy(obj)
print(proxy.name, len(proxy.words))
ws = weakref.WeakSet()
keep = [Document(f"n{i}", []) for i in range(3)]
for x in keep:
    ws.add(x)
print(len(ws), sorted(x.name for x in ws), keep[0] in ws)
try:
    weakref.ref([1, 2])
except TypeError as e:
    print("TypeError:", e)

nested = {"a": [1, [2, [3, [4, [5, [6]]]]]], "b": list(range(100)), "c": "x" * 100}
print(reprlib.repr(nested))
r = reprlib.Repr()
r.maxlist, r.maxstring, r.maxlevel = 3, 12, 2
print(r.repr(nested["a"]), r.repr(nested["c"]), r.repr(set(range(20))))
shared = [1, 2]
orig = {"x": shared, "y": shared, "z": (shared, "t")}
dc = copy.deepcopy(orig)
print(dc["x"] is dc["y"], dc["z"][0] is dc["x"], dc["x"] is shared, copy.copy(orig)["x"] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, repr(cc))


class Box:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, proto):
        return (Box, (self.v * 10,))


print(copy.copy(Box(2)).v, copy.deepcopy([Box(3)])[0].v)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None, copy.replace if hasattr(copy, "replace") else "no replace")
