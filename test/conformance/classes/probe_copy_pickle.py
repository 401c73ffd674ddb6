# copy.copy/deepcopy with __copy__/__deepcopy__/__reduce_ex__, pickle round trips of user classes
import copy, pickle
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Pt({self.x!r}, {self.y!r})"
    def __eq__(self, o): return type(o) is Pt and (self.x, self.y) == (o.x, o.y)
p = Pt([1], {"a": [2]})
c = copy.copy(p); dc = copy.deepcopy(p)
print(c, c.x is p.x, dc, dc.x is p.x, dc == p)
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    r = pickle.loads(pickle.dumps(p, proto))
    print(proto, r, r == p)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print("__copy__"); return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
cu = Custom([1])
print(copy.copy(cu).v, copy.deepcopy(cu).v is cu.v)
class Red:
    def __init__(self, a, b=0): self.a, self.b = a, b
    def __reduce__(self):
        print("__reduce__")
        return (Red, (self.a, self.b))
r = pickle.loads(pickle.dumps(Red(1, 2)))
print(r.a, r.b, copy.copy(Red(3)).a)
class RedEx:
    def __init__(self, a): self.a = a
    def __reduce_ex__(self, proto):
        print("__reduce_ex__", proto)
        return (RedEx, (self.a * 10,))
print(pickle.loads(pickle.dumps(RedEx(1), 2)).a, copy.deepcopy(RedEx(2)).a)
class State:
    def __init__(self): self.a = 1; self.secret = "s"
    def __getstate__(self):
        s = self.__dict__.copy(); del s["secret"]; return s
    def __setstate__(self, s):
        print("setstate", sorted(s)); self.__dict__.update(s); self.secret = "restored"
st = pickle.loads(pickle.dumps(State()))
print(st.a, st.secret)
st2 = copy.copy(State())
print(st2.secret)
class GNA:
    def __new__(cls, *a):
        print("__new__", a)
        return super().__new__(cls)
    def __getnewargs__(self): return (1, 2)
g = pickle.loads(pickle.dumps(GNA(), 2))
print(type(g).__name__)
class GNAEx:
    def __new__(cls, *a, **k):
        print("__new__", a, k)
        return super().__new__(cls)
    def __getnewargs_ex__(self): return ((1,), {"k": 2})
pickle.loads(pickle.dumps(GNAEx(), 4))
# recursive structures
a = []; a.append(a)
b = pickle.loads(pickle.dumps(a)); print(b[0] is b)
d = copy.deepcopy(a); print(d[0] is d)
pp = Pt(None, None); pp.x = pp
q = pickle.loads(pickle.dumps(pp)); print(q.x is q)
# classes, functions by reference
import math
print(pickle.loads(pickle.dumps(Pt)) is Pt, pickle.loads(pickle.dumps(math.sqrt)) is math.sqrt, pickle.loads(pickle.dumps(len)) is len)
try:
    pickle.dumps(lambda: 1)
except Exception as e:
    print(type(e).__name__, str(e).split(":")[1])
def outer():
    class Local: pass
    return Local()
try:
    pickle.dumps(outer())
except Exception as e:
    print(type(e).__name__, e)
# builtin subclasses
class MyList(list):
    def __init__(self, *a): super().__init__(*a); self.tag = "t"
ml = pickle.loads(pickle.dumps(MyList([1, 2])))
print(ml, type(ml).__name__, ml.tag)
class MyDict(dict): pass
md = MyDict(a=1); md.attr = 5
md2 = copy.deepcopy(md)
print(md2, md2.attr, type(md2).__name__)
class MyInt(int): pass
mi = pickle.loads(pickle.dumps(MyInt(7)))
print(mi, type(mi).__name__)
print(copy.copy([1, [2]])[1] is copy.copy([1, [2]])[1], copy.deepcopy((1, 2)) , copy.copy((1,[])) )
t = (1, [2]); print(copy.deepcopy(t) is t, copy.copy(t) is t)
import collections
OD = collections.OrderedDict(a=1)
print(pickle.loads(pickle.dumps(OD)), copy.deepcopy(collections.defaultdict(list, a=[1])), pickle.loads(pickle.dumps(collections.Counter("aab"))))
NT = collections.namedtuple("NT", "a b")
globals()["NT"] = NT
print(pickle.loads(pickle.dumps(NT(1, 2))), copy.copy(NT(1, [2])), copy.replace if hasattr(copy, "replace") else None)
print(pickle.loads(pickle.dumps({1, 2, 3})), pickle.loads(pickle.dumps(frozenset([1]))), pickle.loads(pickle.dumps(b"x\x00")), pickle.loads(pickle.dumps(bytearray(b"a"))))
print(pickle.loads(pickle.dumps(1+2j)), pickle.loads(pickle.dumps(2**100)), pickle.loads(pickle.dumps(float("inf"))), pickle.loads(pickle.dumps(range(1, 10, 2))), pickle.loads(pickle.dumps(slice(1, 2))))
print(pickle.loads(pickle.dumps(Ellipsis)), pickle.loads(pickle.dumps(NotImplemented)), pickle.loads(pickle.dumps(type(None))))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s2 = pickle.loads(pickle.dumps(Slotted()))
print(s2.a, hasattr(s2, "b"))
print(Pt(1, 2).__reduce_ex__(2)[0].__name__, Pt(1, 2).__reduce_ex__(2)[1][0] is Pt, Pt(1, 2).__reduce_ex__(2)[2])
try:
    pickle.loads(b"garbage")
except Exception as e:
    print(type(e).__name__)
