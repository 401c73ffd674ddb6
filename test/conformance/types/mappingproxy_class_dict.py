# A class's __dict__ is a read-only mappingproxy; types.MappingProxyType wraps any mapping.
import types
import collections.abc


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class C:
    x = 1

    def f(self):
        return 2


d = C.__dict__
print(type(d), type(d).__name__, type(d) is types.MappingProxyType)
print(type(vars(C)) is types.MappingProxyType, vars(C) == C.__dict__)


def assign():
    d['x'] = 5


def delete():
    del d['x']


attempt('assign', assign)
attempt('delete', delete)
attempt('pop', lambda: d.pop('x'))
attempt('setattr', lambda: setattr(d, 'y', 1))
attempt('set __dict__', lambda: setattr(C, '__dict__', {}))
print(C.x, d['x'], 'x' in d, 'nope' in d, 3 in d, d.get('x'), d.get('nope'), d.get('nope', 7))
attempt('missing', lambda: d['nope'])
attempt('int key', lambda: d[3])
C.y = 10
print('y' in d, d['y'], sorted(k for k in d if not k.startswith('__')))
del C.y
print('y' in d, d.get('y', 'gone'))
print(sorted(k for k in d.keys() if not k.startswith('__')), type(d.keys()).__name__)
print(type(d.copy()).__name__, d.copy()['x'])
print(int.__dict__['bit_length'].__name__, type(object.__dict__).__name__)
attempt('hash', lambda: hash(d))

m = types.MappingProxyType({'a': 1, 'b': 2})
print(m, repr(m), str(m))
print(m.keys(), m.values(), m.items())
print(m.copy(), type(m.copy()).__name__)
print(m | {'c': 3}, {'c': 3} | m, m | m)
print(m == {'a': 1, 'b': 2}, m != {'a': 1}, m == types.MappingProxyType({'a': 1, 'b': 2}))
print(list(m), list(reversed(m)), len(m), bool(m), bool(types.MappingProxyType({})))
print(dict(m), sorted(m), m.get('a'), m.get('z', 0))
print({1: 2}.keys().mapping, type({}.items().mapping).__name__)
print(isinstance(m, collections.abc.Mapping), isinstance(m, collections.abc.MutableMapping), isinstance(m, dict))
print(types.MappingProxyType(mapping={'k': 'v'}), types.MappingProxyType(types.MappingProxyType({1: 2})))
print(types.MappingProxyType('abc')[1], len(types.MappingProxyType(range(3))))
print(types.MappingProxyType[int], types.MappingProxyType.__name__, types.MappingProxyType.__module__)

src = {'a': 1}
live = types.MappingProxyType(src)
src['b'] = 2
print(live, len(live))


def ior():
    global m
    m |= {'c': 3}


attempt('ior', ior)
attempt('no arg', lambda: types.MappingProxyType())
attempt('int', lambda: types.MappingProxyType(1))
attempt('list', lambda: types.MappingProxyType([1, 2]))
attempt('tuple', lambda: types.MappingProxyType((1,)))
attempt('two', lambda: types.MappingProxyType({}, {}))
attempt('bad kw', lambda: types.MappingProxyType(m={}))
attempt('get0', lambda: m.get())
attempt('get3', lambda: m.get(1, 2, 3))
attempt('keys1', lambda: m.keys(1))
attempt('or int', lambda: m | 1)
attempt('ror int', lambda: 1 | m)
attempt('lt', lambda: m < m)
attempt('subclass', lambda: type('X', (types.MappingProxyType,), {}))

import pprint
pprint.pprint(types.MappingProxyType({'b': 1, 'a': 2}))
pprint.pprint(types.MappingProxyType({str(i) * 10: i for i in range(8)}))
pprint.pprint({'proxy': types.MappingProxyType({str(i) * 12: [i] * 3 for i in range(4)})})
