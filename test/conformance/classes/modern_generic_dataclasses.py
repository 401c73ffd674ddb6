# generic dataclasses (slots, frozen: no __orig_class__), Self-returning generics, custom __class_getitem__, generic subclasses
from dataclasses import dataclass, field
from typing import Generic, TypeVar, Protocol, Iterator, overload, Self, ClassVar, get_type_hints
T = TypeVar('T'); K = TypeVar('K')
@dataclass
class Box(Generic[T]):
    item: T
    def map(self, f) -> "Box": return Box(f(self.item))
b = Box[int](3)
print(b, b.__orig_class__, Box[int].__origin__ is Box, b.map(str))
@dataclass(slots=True)
class SBox(Generic[T]):
    item: T
s = SBox[int](3)
print(s, hasattr(s, '__orig_class__'), SBox.__parameters__)
@dataclass(frozen=True)
class FBox(Generic[T]):
    item: T
print(FBox[str]("x"), hasattr(FBox[str]("x"), '__orig_class__'))
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: list[T] = []
    def push(self, x: T) -> Self: self.items.append(x); return self
    def __iter__(self) -> Iterator[T]: return iter(self.items)
st = Stack[int]().push(1).push(2)
print(list(st), type(st).__name__, st.__orig_class__)
class Mapping2(Generic[K, T]):
    registry: ClassVar[dict] = {}
    def __class_getitem__(cls, params):
        print("custom getitem", params)
        return super().__class_getitem__(params)
print(Mapping2[int, str])
print(get_type_hints(Stack.push), get_type_hints(Box))
class Sub(Box[int]): pass
print(Sub(5), Sub.__orig_bases__, Sub.__parameters__)
class Sub2(Box[T], Generic[T]): pass
print(Sub2[str]("a"), Sub2.__parameters__)
