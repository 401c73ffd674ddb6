# Instance dicts of one class share their keys until an instance departs from the
# common order: every departure must keep Python's dict semantics.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


ps = [P(i, i + 1) for i in range(5)]
print([p.norm() for p in ps])

a, b, c, d, e = ps
b.z = 3                 # a new name, first in line: the shared keys grow
print(vars(b), vars(a))
c.w = 4                 # another new name, out of line for c
print(vars(c))
del d.x                 # deletion
d.x = 10                # re-added at the end
print(vars(d), d.norm())
e.__dict__['k'] = 'v'   # through __dict__
e.__dict__[1] = 'int key'
print(vars(e), e.k)
f = P.__new__(P)
f.y = 1                 # reverse order
f.x = 2
print(vars(f), list(f.__dict__), f.norm())

# Reading and writing the same site over instances in different forms.
for p in ps + [f]:
    p.x += 1
    print(p.x, getattr(p, 'z', None), hasattr(p, 'w'))

# A method shadowed on one instance only.
g = P(1, 2)
g.norm = lambda: 'shadowed'
for p in (a, g, a):
    print(p.norm())

# Many attributes on one instance.
h = P(0, 0)
for i in range(40):
    setattr(h, 'a%d' % i, i)
print(len(vars(h)), h.a39, list(vars(h))[:4], list(vars(h))[-2:])
h2 = P(0, 0)
for i in range(40):
    setattr(h2, 'a%d' % i, -i)
print(h2.a0, h2.a38, vars(h2) == vars(h))

# __class__ assignment keeps the attributes.
class Q:
    def norm(self):
        return 'Q'
a.__class__ = Q
print(a.x, a.y, a.norm(), vars(a))
a.__class__ = P
print(a.norm())

# clear(), update(), copies, equality.
k = P(5, 6)
k.__dict__.clear()
print(vars(k), hasattr(k, 'x'))
k.__dict__.update(y=2, x=1)
print(vars(k), k.norm())
print(P(1, 2).__dict__ == {'x': 1, 'y': 2}, dict(P(3, 4).__dict__))
try:
    print(k.nope)
except AttributeError as exc:
    print('AttributeError:', exc)
