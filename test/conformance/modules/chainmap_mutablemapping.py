# ChainMap subclasses collections.abc.MutableMapping, as CPython's does: the mixin methods,
# `__reversed__ = None`, generic aliases, and ABC registration of subclasses all follow.
import collections
from collections import ChainMap
import collections.abc as abc

print(ChainMap.__mro__[1:3])
print(ChainMap[str, int], type(ChainMap[str, int]).__name__)
print(ChainMap.__reversed__, ChainMap.__hash__)
cm = ChainMap({'a': 1}, {'b': 2, 'a': 9})
print(isinstance(cm, abc.MutableMapping), issubclass(ChainMap, abc.Mapping))
try:
    reversed(cm)
except TypeError as e:
    print('TypeError:', e)

print(sorted(cm.keys()), sorted(cm.values()), sorted(cm.items()))
print(cm.setdefault('c', 3), cm.maps)
cm.update([('d', 4)], e=5)
print(cm.maps[0], len(cm), list(cm))
print(cm == {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}, cm != dict(cm))


class Defaults(ChainMap):
    def __missing__(self, key):
        return 'default-' + key


d = Defaults({'x': 1})
print(d['x'], d['y'], d.get('y'), 'y' in d, repr(d))
print(d.new_child({'z': 0}), type(d.parents).__name__)
print(sorted(set(dir(cm)) & {'_MutableMapping__marker', '__abstractmethods__', '_abc_impl', '__class_getitem__'}))
print(ChainMap.__module__, ChainMap.__qualname__, 'ChainMap' in dir(collections))
from collections import *
print(ChainMap is collections.ChainMap)
