# namedtuple's __new__: its signature, defaults, globals and errors, for several arities and renamed fields
from collections import namedtuple
import inspect
P = namedtuple('P', 'x y')
print(P(1, 2), P(y=1, x=2), P._make([3, 4]), P.__new__.__qualname__, P.__new__.__name__, P.__new__.__module__)
print(P.__new__.__doc__, inspect.signature(P), P.__new__.__code__.co_varnames, P.__new__.__defaults__)
print(P.__new__.__globals__['__name__'], sorted(P.__new__.__globals__), P.__new__.__code__.co_name)
for bad in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, x=2), lambda: P(1, z=3)]:
    try:
        bad()
    except TypeError as e:
        print(e)
D = namedtuple('D', 'a b c', defaults=(5, 6))
print(D(1), D(1, c=0), D.__new__.__defaults__, D._field_defaults, inspect.signature(D))
E = namedtuple('E', '')
print(E(), E._fields, E.__new__.__code__.co_varnames)
O = namedtuple('O', 'only')
print(O(7), O(only=8), O.__new__.__code__.co_argcount)
R = namedtuple('R', ['ok', 'def', 'ok', '_x'], rename=True)
print(R(1, 2, 3, 4), R._fields, R.__new__.__code__.co_varnames)
Z = namedtuple('Z', 'a b', defaults=())
print(Z.__new__.__defaults__)
P2 = namedtuple('P2', 'u v')
print(P2(1, 2), P(1, 2) == P2(1, 2), P2.__new__ is not P.__new__, P2.__new__.__globals__['__name__'])
try:
    P.__new__(int, 1, 2)
except TypeError as e:
    print(e)
W = namedtuple('W', ['f%d' % i for i in range(12)])
print(W(*range(12)).f11, len(inspect.signature(W).parameters))
