# class attributes shadowed by instances, mutable class attributes, lookup through the MRO
class A:
    n = 0
    items = []
    def __init__(self): A.n += 1
class B(A):
    pass
a1, a2 = A(), A()
a1.items.append('shared'); a2.n = 100
print(A.n, a1.n, a2.n, B.n, a2.items, vars(a2))
del a2.n; print(a2.n)
B.n = 'B'; print(A.n, B.n, B().n, A.n)
del B.n; print(B.n)
try: del B.n
except AttributeError as e: print('AttributeError:', e)
class C:
    def m(self): return 'method'
c = C()
c.m = lambda: 'instance fn'
print(c.m(), C.m(c)); del c.m; print(c.m())
C.m = lambda self: 'patched'
print(c.m())
class D:
    x = 1
    def get(self): return self.x
    def setx(self): self.x = self.x + 10
d = D(); d.setx(); print(d.x, D.x, d.get())
class E:
    counter = 0
    def inc(self): self.counter += 1
e1 = E(); e1.inc(); e1.inc(); print(e1.counter, E.counter)
class F:
    lst = [1]
    def add(self): self.lst += [2]
f = F(); f.add(); print(F.lst, 'lst' in vars(f))
class G:
    t = (1,)
    def add(self): self.t += (2,)
g = G(); g.add(); print(G.t, g.t)
class H: pass
H.dyn = 5; h = H(); print(h.dyn, hasattr(H, 'dyn'))
h.__dict__['dyn'] = 6; print(h.dyn, H.dyn)
vars(h).clear(); print(h.dyn)
h.__dict__ = {'new': 1}; print(h.new, h.dyn)
try: h.__dict__ = 5
except TypeError as e: print('TypeError:', e)
try: H.__dict__['x'] = 1
except TypeError as e: print('TypeError:', e)
print(type(H.__dict__).__name__, 'dyn' in H.__dict__, H.__dict__.get('dyn'))
class I:
    __slots__ = ()
    cls_attr = 'shared'
try: I().cls_attr = 'x'
except AttributeError as e: print('AttributeError:', e)
class J:
    x = 'class'
    @property
    def y(self): return self.x
j = J(); j.x = 'inst'; print(j.y, J.x)
class K:
    __private = 'p'
    def get(self): return self.__private
class K2(K):
    __private = 'p2'
print(K2().get(), K2._K2__private, sorted(k for k in vars(K2) if 'priv' in k))
