# An instance made through a subscripted class records the alias in __orig_class__.
import collections.abc
import types
from typing import Generic, TypeVar

T = TypeVar('T')

class A:
    __class_getitem__ = classmethod(types.GenericAlias)
print(A[int]().__orig_class__, type(A[int]()))

class C1(collections.abc.Callable):
    def __call__(self):
        return None
a = C1[[int], T]
print(a().__orig_class__, a().__class__ is C1)

class Slotted:
    __slots__ = ()
    __class_getitem__ = classmethod(types.GenericAlias)
print(type(Slotted[int]()), hasattr(Slotted[int](), '__orig_class__'))
print(list[int]((1, 2)), dict[str, int](a=1))

class Box(Generic[T]):
    def __init__(self, v):
        self.v = v
b = Box[int](3)
print(b.__orig_class__, b.v, Box(4).__dict__)

class Strict:
    __class_getitem__ = classmethod(types.GenericAlias)
    def __setattr__(self, name, value):
        raise ValueError('read-only ' + name)
try:
    Strict[int]()
except ValueError as e:
    print('ValueError:', e)
