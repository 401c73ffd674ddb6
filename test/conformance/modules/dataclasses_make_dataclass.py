# make_dataclass: field validation, Field specs over the namespace, generic bases (types.new_class), the decorator's options.
import dataclasses
from typing import Generic, TypeVar
T=TypeVar('T')
X=dataclasses.make_dataclass('X', ['a', ('b', int, dataclasses.field(default=2))], bases=(Generic[T],), namespace={'b': 5, 'm': lambda s: 1})
print(X, X(1), X.__module__, X[int], X(1).m(), X.__mro__)
try: dataclasses.make_dataclass('Y', ['a'], foo=1)
except TypeError as e: print(e)
for bad in (['1a'], ['class'], [('a', int, 1, 2)], [1], ['a', 'a'], [('a', int), 'a']):
  try: dataclasses.make_dataclass('Y', bad)
  except TypeError as e: print(e)
P = dataclasses.make_dataclass('P', [('x', float), ('y', float, 0.0)], frozen=True, order=True)
print(P(1.0) < P(2.0), P(1.0), hash(P(1.0)) == hash(P(1.0)))
try:
    P(1.0).x = 2
except dataclasses.FrozenInstanceError as e:
    print(e)
S = dataclasses.make_dataclass('S', ['a'], slots=True, kw_only=True)
print(S(a=1), S.__slots__)
