# del d[k] and d.__delitem__ on int, str, bool, float and tuple keys, a split instance dict, a
# missing key, an iterator seeing the dict shrink, and popitem after deletions.
d = {i: i for i in range(1000)}
for i in range(0, 1000, 2): del d[i]
print(len(d), list(d)[:5])
try:
    del d[0]
except KeyError as e:
    print('KeyError', e)
e = {True: 1, 2: 2, 'a': 3, (1,): 4, 1.5: 5}
del e[1]; del e['a']; del e[(1,)]; del e[1.5]
print(e)
try:
    del e['zz']
except KeyError as exc:
    print('KeyError', exc)
class O:
    pass
o = O(); o.x = 1; o.y = 2
del o.__dict__['x']
print(o.__dict__)
it = iter(d)
next(it)
del d[1]
try:
    next(it)
except RuntimeError as exc:
    print('RuntimeError', exc)
f = {}
try:
    del f[5]
except KeyError as exc:
    print('KeyError', exc)
g = {1: 1, 2: 2}
g.__delitem__(1)
print(g)
try:
    g.__delitem__(7)
except KeyError as exc:
    print('KeyError', exc)
h = {1: 1, 2: 2, 3: 3}
print(h.popitem(), h.popitem())
h[4] = 4
del h[1]
print(h, h.popitem())
