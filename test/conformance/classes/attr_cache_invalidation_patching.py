# Attribute caches meet patching: methods, instance attributes, descriptors, slots, metaclass properties and __bases__ changed mid-loop.
class Counter:
    def __init__(self): self.hits = {}
    def __getattribute__(self, name):
        if not name.startswith('_') and name != 'hits':
            h = object.__getattribute__(self, 'hits')
            h[name] = h.get(name, 0) + 1
        return object.__getattribute__(self, name)
    def m(self): return 1
    @property
    def p(self): return 2
c = Counter()
tot = 0
for i in range(500):
    tot += c.m() + c.p
print(tot, c.hits)

class A:
    def f(self): return "A.f"
a = A()
out = []
for i in range(400):
    if i == 100:
        A.f = lambda self: "patched"
    if i == 200:
        a.f = lambda: "instance"
    if i == 300:
        del a.f
        del A.f
        A.f = property(lambda self: (lambda: "prop"))
    out.append(a.f())
print(out[99], out[100], out[200], out[300], len(set(out)))

class B:
    x = 1
class C(B): pass
vals = []
for i in range(300):
    if i == 100: B.x = 2
    if i == 200: C.x = 3
    vals.append(C.x)
    vals.append(C().x)
print(vals[0], vals[199], vals[201], vals[-1], vals[-2])

class Desc:
    def __get__(self, o, t): return "desc"
class D:
    pass
d = D(); d.__dict__['y'] = "inst"
res = []
for i in range(300):
    if i == 100: D.y = Desc()
    if i == 200:
        Desc.__set__ = lambda self, o, v: None
    res.append(d.y)
print(res[0], res[100], res[200])

class S:
    __slots__ = ('a',)
s = S()
rr = []
for i in range(300):
    if i == 50: s.a = 1
    try:
        rr.append(s.a)
    except AttributeError as e:
        rr.append('err')
    if i == 150: del s.a
print(rr[0], rr[50], rr[151], rr.count('err'))

class M(type):
    pass
class K(metaclass=M):
    v = 'K'
kk = []
for i in range(300):
    if i == 100: M.v = property(lambda cls: "meta-prop")
    if i == 200: del M.v
    kk.append(K.v)
print(kk[0], kk[100], kk[200])
class G:
    def __getattr__(self, n): return "ga:" + n
g = G()
gg = []
for i in range(200):
    if i == 100: G.__getattr__ = lambda self, n: "new:" + n
    gg.append(g.q)
print(gg[0], gg[100])
class Base:
    def hello(self): return "base"
class Mid(Base): pass
class Leaf(Mid): pass
lf = Leaf()
hh = []
for i in range(300):
    if i == 100: Mid.hello = lambda self: "mid"
    if i == 200: Leaf.__bases__ = (Base,)
    hh.append(lf.hello())
print(hh[0], hh[100], hh[200])
