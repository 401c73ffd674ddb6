# ChainMap | ChainMap and | any mapping (not pairs, which only |= takes); the result types.
from collections import ChainMap
from types import MappingProxyType
cm1 = ChainMap(dict(a=1, b=2), dict(c=3, d=4))
cm2 = ChainMap(dict(a=10, e=5), dict(b=20, d=4))
cm3 = cm1.copy()
d = dict(a=10, c=30)
pairs = [('c', 3), ('p', 0)]
tmp = cm1 | cm2
print(tmp.maps, tmp.maps == [cm1.maps[0] | dict(cm2), *cm1.maps[1:]])
cm1 |= cm2
print(tmp == cm1, cm2 | d, (d | cm2).maps)
try:
    cm3 | pairs
except TypeError as e:
    print(e)
cm3 |= pairs
print(cm3)
print(cm3 | MappingProxyType({'z': 1}), MappingProxyType({'z': 1}) | cm3)
class Sub(ChainMap): pass
print(type(ChainMap() | Sub()).__name__, type(Sub() | ChainMap()).__name__, type({} | Sub()).__name__)
