# OrderedDict hashes keys where CPython's C OrderedDict does (its iterator finds each key's
# node by hash; copy and update store through __setitem__), and calls a subclass's methods.
from collections import OrderedDict
calls = []
class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        calls.append('h')
        return hash(self.v)
    def __eq__(self, o):
        calls.append('e')
        return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f"K({self.v})"
def count(label, f, eq=True):
    calls.clear()
    r = f()
    print(label, calls.count('h'), calls.count('e') if eq else '')
    return r
d2 = {K(1): 1, K(2): 2}
od = count('od(d2)', lambda: OrderedDict(d2))
count('list(od)', lambda: list(od))
count('od.keys', lambda: list(od.keys()))
count('od.values', lambda: list(od.values()))
count('od.items', lambda: list(od.items()))
count('reversed', lambda: list(reversed(od)))
count('od.copy', lambda: od.copy())
count('dict(od)', lambda: dict(od))
count('od(od)', lambda: OrderedDict(od))
count('od(pairs)', lambda: OrderedDict([(K(1), 1)]))
count('od(kw)', lambda: OrderedDict(a=1))
count('od.update(d2)', lambda: OrderedDict().update(d2))
count('od.update(od)', lambda: OrderedDict().update(od))
count('od==od', lambda: od == OrderedDict(d2))
count('od==d', lambda: od == d2)
count('move', lambda: OrderedDict(d2).move_to_end(K(1)))
count('move0', lambda: OrderedDict(d2).move_to_end(K(2), last=False))
count('popitem', lambda: OrderedDict(d2).popitem())
count('popitem0', lambda: OrderedDict(d2).popitem(last=False))
count('pop', lambda: OrderedDict(d2).pop(K(1)), eq=False)
count('del', lambda: OrderedDict(d2).__delitem__(K(1)), eq=False)
count('setdefault', lambda: OrderedDict(d2).setdefault(K(3), 1))
count('in', lambda: K(1) in od)
count('get', lambda: od[K(1)])
count('repr', lambda: repr(od))
count('od|d', lambda: od | d2)
count('fromkeys', lambda: OrderedDict.fromkeys(d2))
class O(OrderedDict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
O({'a': 1}, b=2)
O([('c', 3)])
o = O()
o.update({'x': 1})
o.setdefault('y', 2)
O.fromkeys(['z'])
o.copy()

class P(OrderedDict):
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)
    def __delitem__(self, k):
        print('del', k)
        super().__delitem__(k)
    def __contains__(self, k):
        print('contains', k)
        return super().__contains__(k)
p = P(a=1, b=2, c=3)
print(p.popitem(), p.popitem(last=False), p.pop('b'), p.pop('zz', 0), p)
print(p.setdefault('b', 9), p.copy())
for bad in [[1], [()], [(1,)], [(1, 2, 3)]]:
    try:
        OrderedDict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    OrderedDict().update({}, {})
except TypeError as e:
    print(e)
class Items:
    def items(self):
        return [('i', 1)]
class Keys:
    def keys(self):
        return ['k']
    def __getitem__(self, k):
        return k * 2
print(OrderedDict(Items()), OrderedDict(Keys(), z=0))
