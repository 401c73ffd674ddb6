# evaluation order: chained comparisons, augmented assignment evaluating its target once, dict displays, keyword and default arguments
def v(x):
    print("v", x); return x
print(v(1) < v(2) < v(3))
print(v(1) < v(0) < v(3))
print(v(3) > v(2) == v(2) != v(5))
print(1 < 2 in [2] is not None)
class O:
    def __init__(self): self._a = 0; self.items = [0, 0]
    def __getattr__(self, n): print("getattr", n); raise AttributeError(n)
class P:
    def __init__(self): self.d = {}
    @property
    def a(self): print("get a"); return 1
    @a.setter
    def a(self, v): print("set a", v)
def obj(): print("obj"); return p
def idx(): print("idx"); return 0
p = P()
obj().a += 5
lst = [1, 2]
def L(): print("L"); return lst
L()[idx()] += 10
print(lst)
class S:
    def __getitem__(self, k): print("getitem", k); return 1
    def __setitem__(self, k, v): print("setitem", k, v)
s = S()
s[idx()] **= 3
s[1:2] += 1
s[1, 2] -= 1
d = {}
print({v('a'): v(1), v('b'): v(2)})
def kw(**k): return k
print(kw(b=v(1), a=v(2)))
print(kw(**{v('x'): v(1)}, y=v(2)))
def dflt(a=v("default")): return a
print(dflt(), dflt())
def app(x, l=[]):
    l.append(x); return l
print(app(1), app(2), app(3, []))
print(dflt.__defaults__)
def kd(*, a=v("kwdef")): return a
print(kd.__kwdefaults__)
x = v(1) if v(0) else v(2)
print([v(i) for i in range(2)])
a = b = v([])
print(a is b)
i = 0
L2 = [0, 0]
i, L2[i] = 1, 5
print(L2)
x = [1,2,3]
x[v(0)], x[v(1)] = v('a'), v('b')
print(x)
print(v(1) and v(0) and v(3))
print(v(0) or v('') or v(5))
print(v(2) ** v(3))
print(v("f")(1) if False else v(2) + v(3))
