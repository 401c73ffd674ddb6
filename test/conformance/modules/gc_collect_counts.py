# gc.collect() counts what CPython's collector finds: the unreachable objects on a cycle and what
# only they reach (instances, lists, dicts holding containers), not what reference counting
# freed; gc.callbacks hear each collection; get_referents/get_referrers/is_tracked.
import gc
print(gc.collect())
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
a = Node('a'); b = Node('b')
a.other = b; b.other = a
del a, b
print(gc.collect())
x = []
x.append(x)
del x
print(gc.collect())
d = {}
d['self'] = d
del d
print(gc.collect())
class Tree:
    def __init__(self):
        self.children = []
        self.parent = None
root = Tree()
for i in range(3):
    c = Tree(); c.parent = root; root.children.append(c)
del root, c
print(gc.collect())
print(gc.get_referents([1, 'a', None]))
n = Node('n')
print(len(gc.get_referents(n)), type(gc.get_referents(n)[0]))
print(gc.is_tracked(n), gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked((1, 2)), gc.is_tracked([]))
lst = [n]
print([type(r).__name__ for r in gc.get_referrers(n)])
events = []
def cb(phase, info):
    events.append((phase, sorted(info.items())))
gc.callbacks.append(cb)
x = []; x.append(x); del x
print(gc.collect())
gc.callbacks.remove(cb)
print(events)
print(gc.get_stats()[2]['collections'] >= 1)
print(gc.collect(0), gc.collect(1))
print(gc.get_stats()[2]['collected'] >= 13, sorted(gc.get_stats()[0]))
y = {}; y['me'] = y; z = (y,); del y, z
print(gc.collect())
gc.disable(); print(gc.isenabled()); gc.enable()
