# list(l), l.extend(other), l += t and list.__init__ from lists and tuples: copies that do not
# share items with their source, a list extended by itself, an iterator over a list while
# __init__ refills it, a sort whose key extends the list.
a = list(range(10))
b = list(a)
b.append(99)
a[0] = -1
print(a, b, list(()), list((1, 2, 3)))
c = []
c.extend(a)
c.extend((7, 8))
c += a[:2]
print(c, c is not a)
d = [1, 2]
d.extend(d)
d.extend(d)
print(d)
e = [5, 6, 7]
it = iter(e)
print(next(it))
e.__init__([10, 20, 30, 40])
print(list(it), e)
f = []
f.__init__(f)
print(f)
g = [3, 1, 2]
try:
    g.sort(key=lambda x: g.extend([0]) or x)
except ValueError as ex:
    print('ValueError', ex, g)
class L(list):
    def __iter__(self):
        return iter([42])
h = []
h.extend(L([1, 2, 3]))
print(h, list(L([1, 2])), [*L([9])])
big = list(range(100000))
cp = list(big)
cp[5] = 'x'
print(big[5], len(cp), cp[-1], list(tuple(big))[-3:])
