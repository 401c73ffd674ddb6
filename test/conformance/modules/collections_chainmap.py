from collections import ChainMap

a = {'x': 1}
b = {'x': 2, 'y': 3}
c = ChainMap(a, b)
print(c, c['x'], c['y'], len(c), list(c), 'y' in c, c.get('z'), c.get('z', 0))
c['z'] = 9; print(a, c.maps)
child = c.new_child(); child['x'] = 100; print(child, child['x'], child.parents)
print(dict(c), sorted(c.items()), bool(ChainMap()), bool(c))
try:
    ChainMap()['nope']
except KeyError as e:
    print('KeyError', e)
try:
    del c['y']
except KeyError as e:
    print('KeyError', e)
