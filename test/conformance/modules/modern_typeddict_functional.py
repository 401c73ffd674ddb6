# TypedDict/NamedTuple functional forms: keyword syntax (3.11's DeprecationWarning for TypedDict), both forms at once refused, totality across inheritance
from typing import TypedDict, NamedTuple
X = TypedDict('X', a=int, b=str)
print(X.__annotations__, X.__total__)
Y = TypedDict('Y', {'a': int}, total=False)
print(Y.__optional_keys__)
N = NamedTuple('N', a=int)
print(N._fields)
try: TypedDict('Z', {'a': int}, b=str)
except TypeError as e: print(e)
try: NamedTuple('W', [('a', int)], b=str)
except TypeError as e: print(e)
print(TypedDict.__module__, type(TypedDict).__name__)
class Base(TypedDict):
    a: int
class Ext(Base, total=False):
    b: str
print(Ext.__required_keys__, Ext.__optional_keys__, Ext.__mro__)
