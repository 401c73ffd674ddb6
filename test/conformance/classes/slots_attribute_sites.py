# Attribute reads and writes of __slots__ members at sites hot enough to be cached (and,
# in a loop, compiled): every case the generic lookup decides must stay as it decides.
class V:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

acc = V(0, 0)
for i in range(3000):
    acc = acc + V(i % 3, 1)
print(acc.x, acc.y)

def total(vs):
    t = 0
    for v in vs:
        t += v.x * v.y
    return t
vs = [V(i, i + 1) for i in range(2000)]
print(total(vs))

# A slot not set yet: AttributeError, after the site has cached the member.
class W:
    __slots__ = ('a', 'b')
ws = [W() for _ in range(500)]
for i, w in enumerate(ws):
    if i != 400:
        w.a = i
def read_all(ws):
    s = 0
    for w in ws:
        s += w.a
    return s
try:
    read_all(ws)
except AttributeError as e:
    print('AttributeError:', e)
del ws[400]
print(read_all(ws))

# Deleting a slot, then reading it at the same site.
w = W()
for i in range(300):
    w.a = i
    if i == 299:
        del w.a
    try:
        w.a
    except AttributeError as e:
        print(i, 'AttributeError:', e)

# The class changes under the cached site: a property replaces the slot's descriptor.
class P:
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
ps = [P(i) for i in range(400)]
def values(ps):
    return [p.v for p in ps]
print(sum(values(ps)))
P.v = property(lambda self: 'prop')
print(values(ps)[:3])
try:
    P(1)
except AttributeError as e:
    print('AttributeError:', e)

# Subclasses: one without __slots__ has a __dict__ as well, one with its own slots adds to them.
class Base:
    __slots__ = ('a',)
class WithDict(Base):
    pass
class More(Base):
    __slots__ = ('b',)
def setget(o, n):
    for i in range(n):
        o.a = i
    return o.a
objs = [Base(), WithDict(), More(), WithDict(), Base()]
print([setget(o, 200) for o in objs])
wd = WithDict()
wd.a = 1
wd.__dict__['a'] = 'dict'
print(wd.a, wd.__dict__)
m = More()
for i in range(300):
    m.a = i
    m.b = -i
print(m.a, m.b)

# A __setattr__ or __getattribute__ of the class's own is always called.
class Logged:
    __slots__ = ('x', 'log')
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value * 2)
lg = Logged()
for i in range(300):
    lg.x = i
print(lg.x, len(lg.log))
class Loud:
    __slots__ = ('x',)
    def __getattribute__(self, name):
        return 'always'
ld = Loud()
object.__setattr__(ld, 'x', 1)
print([ld.x for _ in range(300)][-1])

# Wrong type through the descriptor, and slots of a class not in the MRO.
try:
    V.x.__get__(W())
except TypeError as e:
    print('TypeError:', e)
