# dict.copy / dict.update / list(d.items()) and friends, hot (compiled, fixed-arity entries)
# and cold: keys of every kind, equal keys of different types, split instance dicts.

class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return f'K({self.v})'


class P:
    pass


def show(d):
    return [(type(k).__name__, k, v) for k, v in d.items()]


sources = [
    {},
    {'a': 1, 'b': 2},
    {1: 'one', 2.5: 'f', True: 't', None: 0},
    {1.0: 'x', 'y': 2},
    {(1, 2): 'tuple', K(3): 'k', frozenset({1}): 'fs'},
    {P: 'cls'},
]
p = P()
p.x = 1
p.y = 2
sources.append(p.__dict__)

for src in sources:
    for i in range(300):
        c = src.copy()
        u = {'a': 0, 1: 'old', True: 'old2'}
        u.update(src)
        e = {}
        e.update(src)
        e.update()
        items = list(src.items())
        keys = list(src.keys())
        vals = list(src.values())
    print(show(c), c == src, c is not src)
    print(show(u))
    print(show(e), items, keys, vals)

# A subclass's copy is a plain dict; update() takes mappings and pairs.
class D(dict):
    pass

d = D(a=1)
print(type(d.copy()).__name__, d.copy())
x = {}
x.update([('a', 1), ('b', 2)])
x.update(c=3)
x.update({'d': 4}, e=5)
print(x)
for bad in (1, [1], [(1, 2, 3)], None):
    try:
        {}.update(bad)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
try:
    {}.update({}, {})
except TypeError as err:
    print(err)
try:
    {}.copy(1)
except TypeError as err:
    print(err)

# An instance dict updated from a dict and copied.
q = P()
q.__dict__.update({'a': 1, 'b': 2})
q.__dict__.update(p.__dict__)
print(q.__dict__, q.a, q.x, q.__dict__.copy())

# A partly consumed iterator drains from where it is; a changed dict is an error.
d = {i: i * i for i in range(10)}
it = iter(d.items())
next(it); next(it)
print(list(it), list(it))
it = iter(d)
next(it)
d[100] = 1
try:
    list(it)
except RuntimeError as err:
    print(err)
it = iter(d.values())
del d[100]
try:
    sum(it)
except RuntimeError as err:
    print('values:', err)
print(sum(iter(d.values())))
# Items tuples are fresh objects that compare by value.
a = list(d.items())
b = list(d.items())
print(a == b, a[0] is not b[0], sorted(d.items(), key=lambda kv: -kv[1])[:3])
