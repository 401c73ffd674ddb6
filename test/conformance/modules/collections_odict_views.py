from collections import OrderedDict
from collections.abc import KeysView, ItemsView, ValuesView
od = OrderedDict([(1, 'a'), (2.5, 'b'), ('x', 'c')])
print(list(od), list(od.values()), list(od.items()), list(reversed(od)), list(reversed(od.items())))
print(isinstance(od.keys(), KeysView), isinstance(od.items(), ItemsView), isinstance(od.values(), ValuesView))
print(type(od.keys()).__mro__, od.keys() & {1, 'x'}, od.keys() == {1, 2.5, 'x'}, 'x' in od.keys(), (1, 'a') in od.items())
print(len(od.keys()), od.keys().mapping[1], dict.keys(od))
it = iter(od)
print(next(it), next(it), next(it))
for _ in range(2):
    try: next(it)
    except StopIteration: print('stop')
# sticky changed-size error
od2 = OrderedDict(a=1, b=2)
it = iter(od2); next(it); od2.clear()
for _ in range(2):
    try: next(it)
    except RuntimeError as e: print(e)
# mutated is final
od3 = OrderedDict(a=1, b=2, c=3)
it = iter(od3); next(it); od3['d'] = 4
for _ in range(2):
    try: print(next(it))
    except (RuntimeError, StopIteration) as e: print(type(e).__name__, e)
# values changed in place
od4 = OrderedDict.fromkeys('abc', 0)
for k in od4: od4[k] += 1
for k, v in od4.items(): od4[k] = v * 10
print(od4)
# nested loops, with a copy
od5 = OrderedDict(a=1, b=2)
print([(x, y) for x in od5 for y in od5])
for k in list(od5): del od5[k]
print(od5)
# setdefault, pop, update during iteration
for meth in ('setdefault', 'pop', 'update', 'popitem'):
    o = OrderedDict(a=1, b=2, c=3)
    try:
        for k in o:
            if meth == 'setdefault': o.setdefault('z', 0)
            elif meth == 'pop': o.pop('c')
            elif meth == 'update': o.update(a=5)
            elif meth == 'popitem': o.popitem(last=False)
            else: dict.__setitem__(o, 'q', 1)
        print(meth, 'ok', o)
    except RuntimeError as e: print(meth, e)
# deleting and re-adding the key that comes next
o = OrderedDict(a=1, b=2, c=3)
try:
    for k in o:
        if k == 'a': del o['b']; o['b'] = 2
except RuntimeError as e: print('readd', e)
class Sub(OrderedDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
s = Sub(a=1)
s['b'] = 2
print(list(s), list(s.items()), repr(s.keys()))
