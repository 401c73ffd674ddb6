# d[k] and d[k] = v in compiled loops on dict subclasses: defaultdict and Counter take the
# dict's own lookups (a miss calls __missing__), a subclass with its own __getitem__ or
# __setitem__ has it called every time, also when the class gets one after the loop ran.
from collections import defaultdict, Counter, OrderedDict

words = ['w%d' % (i * 7 % 13) for i in range(2000)]
dd = defaultdict(int)
for w in words:
    dd[w] += 1
print(sorted(dd.items())[:4], len(dd))
groups = defaultdict(list)
for i in range(1000):
    groups[i % 7].append(i)
print({k: len(v) for k, v in groups.items()}, groups[3][:3])
c = Counter()
for w in words:
    c[w] += 2
print(c.most_common(3), c['missing'], 'missing' in c)

class Loud(dict):
    reads = 0
    def __getitem__(self, k):
        Loud.reads += 1
        return dict.__getitem__(self, k) * 10
loud = Loud((i, i) for i in range(10))
t = 0
for i in range(1000):
    t += loud[i % 10]
print(t, Loud.reads)

class Late(dict):
    pass
late = Late((i, 1) for i in range(10))
def total(n):
    s = 0
    for i in range(n):
        s += late[i % 10]
    return s
print(total(1000))
Late.__getitem__ = lambda self, k: 100
print(total(1000))
del Late.__getitem__
print(total(1000))

class Store(dict):
    writes = 0
    def __setitem__(self, k, v):
        Store.writes += 1
        dict.__setitem__(self, k, v + 1)
st = Store()
for i in range(1000):
    st[i % 50] = i
print(Store.writes, st[49], len(st))

class Missing(dict):
    def __missing__(self, k):
        return -k
m = Missing({1: 1})
s = 0
for i in range(1000):
    s += m[i % 5]
print(s)
od = OrderedDict()
for i in range(600):
    od[i % 20] = i
    od.move_to_end(i % 20, last=False) if i % 100 == 0 else None
print(list(od.items())[:4])
try:
    plain = defaultdict(None)
    for i in range(500):
        plain[i] = i
    for i in range(501):
        plain[i]
except KeyError as exc:
    print('KeyError', exc)

# `in` on dict subclasses: dict's own __contains__ inline, a class's own one called each time.
hits = 0
for i in range(1000):
    if i % 30 in c or 'w3' in dd:
        hits += 1
print(hits)

class Picky(dict):
    asked = 0
    def __contains__(self, k):
        Picky.asked += 1
        return k == 3
p = Picky({1: 1, 3: 3})
n = 0
for i in range(1000):
    if i % 5 in p:
        n += 1
print(n, Picky.asked, 1 in p, 3 not in p)
class LateIn(dict):
    pass
li = LateIn({1: 1})
def count_in(n):
    k = 0
    for i in range(n):
        if 1 in li:
            k += 1
    return k
print(count_in(500))
LateIn.__contains__ = lambda self, x: False
print(count_in(500))
