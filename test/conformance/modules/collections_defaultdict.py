from collections import defaultdict, OrderedDict

d = defaultdict(int)
for ch in 'mississippi':
    d[ch] += 1
print(d)
print(d['z'], d.get('q'), 'q' in d, len(d))
g = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    g[k].append(v)
print(g, dict(g), g.default_factory)
s = defaultdict(set); s['x'].add(1); print(s)
n = defaultdict(); print(n, n.default_factory)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(1)
except TypeError as e:
    print(e)
print(defaultdict(int, {1: 2}, a=3))
c = g.copy(); c['c'].append(9); print(c, type(c).__name__, g)
print(defaultdict(int, a=1) | {'b': 2}, {'z': 0} | defaultdict(int, a=1))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(dict(nested['x']), isinstance(d, dict))
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
t = Tree(); t['a']['b']; print(type(t['a']).__name__, list(t['a']))
print(repr(defaultdict(list))[:40])

o = OrderedDict()
o['b'] = 1; o['a'] = 2; o['c'] = 3
print(o, list(o), list(o.items()))
o.move_to_end('b'); print(o)
o.move_to_end('c', last=False); print(o)
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(list(reversed(OrderedDict.fromkeys('xyz'))))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict(a=1).move_to_end('q')
except KeyError as e:
    print('KeyError', e)
