# augmented assignment on attributes and items: the order of __getattr__/__getitem__/__iadd__/__setitem__ calls
class Log:
    def __init__(self): self.d = {"k": 1}; self.v = [1]
    def __getitem__(self, k):
        print("getitem", k); return self.d[k]
    def __setitem__(self, k, v):
        print("setitem", k, v); self.d[k] = v
    def __delitem__(self, k):
        print("delitem", k); del self.d[k]
class Attr:
    def __init__(self): object.__setattr__(self, "_v", 10)
    def __getattr__(self, n):
        print("getattr", n); return self._v
    def __setattr__(self, n, v):
        print("setattr", n, v); object.__setattr__(self, "_v", v)
l = Log()
l["k"] += 5
print(l.d)
a = Attr()
a.x += 1
a.x *= 2
print(a._v)
class IAdd:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print("iadd", o); self.v += o; return self
    def __repr__(self): return f"IAdd({self.v})"
l2 = Log()
l2.d["k"] = IAdd(1)
l2["k"] += 2
print(l2.d)
lst = [IAdd(0)]
lst[0] += 5
print(lst)
t = (IAdd(0), [1])
try:
    t[0] += 1
except TypeError as e:
    print("TypeError", e)
print(t)
try:
    t[1] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)
class Seq:
    def __init__(self): self.data = list(range(10))
    def __getitem__(self, k):
        print("getitem", k); return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v); self.data[k] = v
    def __len__(self): return len(self.data)
s = Seq()
s[1:3] = [7, 7]
print(s[::3], s[-1])
s[0:2] += [99]
print(s.data[:5])
print(list(reversed(s))[:2] if False else "")
class Cnt:
    def __init__(self): self.n = 0
    def get(self):
        self.n += 1; print("get called", self.n); return self
    def __getitem__(self, k): return 0
    def __setitem__(self, k, v): print("set", k, v)
c = Cnt()
c.get()[c.n] += 1
d = {}
d.setdefault("a", []).append(1)
x = {"a": [0]}
x["a"][0] += 1
print(x)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + o)
    def __repr__(self): return f"Num({self.v})"
n = Num(1); m = n
n += 1
print(n, m, n is m)
class Both:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "from __add__"
b = Both(); b += 1; print(b)
class ListSub(list):
    def __iadd__(self, o):
        print("ListSub.__iadd__"); return super().__iadd__(o)
ls = ListSub([1]); ls2 = ls
ls += [2]
print(ls, ls is ls2, type(ls).__name__)
ls = ls + [3]
print(type(ls).__name__)
st = {1}; st2 = st
st |= {2}; st -= {1}; st ^= {5}; st &= {2, 5}
print(st, st is st2)
dd = {"a": 1}; dd2 = dd
dd |= {"b": 2}
print(dd is dd2, dd)
tup = (1,); tup2 = tup
tup += (2,)
print(tup, tup is tup2)
sss = "a"; sss *= 3; print(sss)
ii = 7; ii //= 2; ii **= 2; ii %= 5; ii <<= 3; ii >>= 1; ii |= 1; ii &= 13; ii ^= 2; print(ii)
ff = 1.5; ff /= 2; ff -= 0.25; print(ff)
mm = [[1]]; mm[0] *= 3; print(mm)
import operator
print(operator.iadd([1], [2]), operator.imul("ab", 2), operator.ior({1}, {2}), operator.iconcat([1], (2,)))
try:
    operator.iconcat(1, 2)
except TypeError as e:
    print("TypeError", e)
