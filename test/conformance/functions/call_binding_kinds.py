# Binding every parameter kind: positional, defaults, keyword-only, *args, **kwargs, positional-only, and their errors
def show(name, fn, *args, **kwargs):
    try:
        print(name, fn(*args, **kwargs))
    except TypeError as e:
        print(name, type(e).__name__, e)

def full(a, b=2, *rest, c, d=4, **extra): return (a, b, rest, c, d, extra)
def kwonly(a, *, b, c=3): return (a, b, c)
def star(*a): return a
def dstar(**k): return k
def both(*a, **k): return (a, k)
def posonly(a, b=5, /, c=6, **k): return (a, b, c, k)
def plain(a, b=1): return (a, b)

print(full(1, c=3))
print(full(1, 2, 3, 4, c=5, e=6, d=7))
print(full(c=1, a=2))
print(full(1, 2, c=3, z=0, y=1))
print(kwonly(1, b=2), kwonly(1, c=0, b=9), kwonly(a=1, b=2))
print(star(), star(1), star(1, 2, 3), star(*[4, 5]), star(*range(3)))
print(dstar(), dstar(x=1), dstar(b=2, a=1), dstar(**{'q': 1, 'p': 2}))
print(both(), both(1, x=2), both(*(1, 2), **{'y': 3}))
print(posonly(1), posonly(1, 2, 3), posonly(1, a=7, b=8), posonly(1, c=2, x=3))
print(plain(1), plain(b=3, a=2), plain(*[1], **{'b': 9}))

# Each call gets its own *args tuple and **kwargs dict.
def keep(*a, **k):
    k['n'] = len(k)
    return a, k
d = {'x': 1}
r1 = keep(**d)
r2 = keep(**d)
print(r1, r2, d, r1[1] is r2[1], r1[1] is d)
t = (1, 2)
print(keep(*t)[0] == t, type(keep(*t)[0]).__name__)

# Defaults read at call time from the function object.
def late(a, b=1, *, c=2): return (a, b, c)
late.__defaults__ = (10,)
late.__kwdefaults__ = {'c': 20}
print(late(0), late(0, c=1))
late.__kwdefaults__ = None
show('late-nokw', late, 0)

# Cells made from parameters of every kind.
def cells(a, *r, k=1, **kw):
    return lambda: (a, r, k, kw)
print(cells(1, 2, k=3, z=4)())

# Bound methods with keywords and forwarding.
class C:
    def m(self, a, *r, k=0, **kw): return (a, r, k, kw)
    def __init__(self, *a, **kw): self.args = (a, kw)
c = C(1, x=2)
print(c.args, c.m(1), c.m(1, 2, k=3, q=4), c.m(*[1, 2], **{'k': 5}))

show('missing-kwonly', kwonly, 1)
show('missing-2-kwonly', full, )
show('missing-pos', full, c=1)
show('multiple', full, 1, a=2, c=3)
show('multiple-kwonly', kwonly, 1, a=1, b=2)
show('unexpected', kwonly, 1, b=2, z=3)
show('too-many', kwonly, 1, 2, b=3)
show('too-many-plain', plain, 1, 2, 3)
show('too-many-kw', plain, 1, 2, 3, b=1)
show('posonly-as-kw', posonly, a=1)
show('unexpected-plain', plain, 1, z=2)
def po(a, b, /): return (a, b)
show('posonly-as-kw-2', po, 1, b=2)
for bad in ("both(**{1: 2})", "both(**[1])", "both(*1)", "plain(1, **{'a': 2})", "C.m(**{'self': 1, 'a': 2, 'z': 3})"):
    try:
        print(bad, eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
show('method-missing', c.m)
show('method-unexpected', C.m, c, 1, 2, zz=1, k=2)
show('init-missing', C.__init__)
