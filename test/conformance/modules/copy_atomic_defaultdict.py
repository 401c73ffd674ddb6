# copy/deepcopy hand back slices (copy only), weakrefs and code objects as they are; defaultdict has no __dict__ and a member default_factory
import copy, weakref, types, collections, pickle
class C: pass
c = C()
r = weakref.ref(c)
code = (lambda: 0).__code__
for name, o in [("slice", slice(1, 2)), ("ref", r), ("code", code), ("prop", property()), ("builtin", len), ("func", lambda: 0), ("type", int), ("range", range(2)), ("ellipsis", ...), ("bytes", b"x"), ("frozenset", frozenset([1])), ("tuple", (1, [2])), ("tuple2", (1, 2)), ("method", c.__init__), ("classmethod", classmethod(len)), ("mod", types)]:
    out = []
    for fn in (copy.copy, copy.deepcopy):
        try:
            out.append("same" if fn(o) is o else "new")
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    print(name, out)
d = collections.defaultdict(list)
try: d.x = 1
except AttributeError as e: print(e)
print(hasattr(d, '__dict__'), collections.defaultdict.default_factory, d.__reduce__()[:2])
class Sub(collections.defaultdict): pass
s = Sub(int); s.y = 2; print(vars(s), s, copy.copy(s), copy.deepcopy(s), pickle.loads(pickle.dumps(s)), vars(pickle.loads(pickle.dumps(s))))
d.default_factory = set; d["k"].add(1); print(d, copy.copy(d), copy.deepcopy(d), pickle.loads(pickle.dumps(d)))
try: collections.defaultdict(5)
except TypeError as e: print(e)
print(collections.defaultdict(None, a=1).default_factory, sorted(n for n in dir(d) if not n.startswith("_")))
e = collections.defaultdict(lambda: 1 / 0)
e["boom"]
