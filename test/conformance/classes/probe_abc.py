# abc: ABC, abstractmethod, register, instance checks, instantiation error
import abc
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name}: {self.area()}"
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Sq(2)
except TypeError as e:
    print("TypeError", e)
class Sq2(Sq):
    def perimeter(self): return 4 * self.s
    @property
    def name(self): return "square"
s = Sq2(3)
print(s.describe(), sorted(Shape.__abstractmethods__), Sq2.__abstractmethods__)
class Other: 
    def area(self): return 0
Shape.register(Other)
print(isinstance(Other(), Shape), issubclass(Other, Shape), Shape in Other.__mro__)
@Shape.register
class Other2: pass
print(Other2.__name__, issubclass(Other2, Shape))
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance("", Sized2))
class M(metaclass=ABCMeta):
    @abstractmethod
    def f(self): pass
    @staticmethod
    @abstractmethod
    def g(): pass
    @classmethod
    @abstractmethod
    def h(cls): pass
print(sorted(M.__abstractmethods__))
try:
    M()
except TypeError as e:
    print("TypeError", e)
class One(ABC):
    @abstractmethod
    def only(self): pass
try:
    One()
except TypeError as e:
    print("TypeError", e)
print(type(ABC).__name__, ABC.__mro__ if False else [c.__name__ for c in One.__mro__])
print(getattr(One.only, "__isabstractmethod__", None))
# update_abstractmethods
class U(ABC):
    @abstractmethod
    def a(self): pass
def a(self): return 1
U.a = a
abc.update_abstractmethods(U)
print(U().a(), U.__abstractmethods__)
# collections.abc checks
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator))
print(isinstance((x for x in []), cabc.Generator), issubclass(dict, cabc.MutableMapping), isinstance(1, cabc.Hashable))
print(isinstance([], cabc.Hashable), issubclass(str, cabc.Sequence), isinstance(set(), cabc.Set))
class MySeq(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
ms = MySeq()
print(list(ms), 20 in ms, ms.index(20), ms.count(10), list(reversed(ms)))
class MyMap(cabc.Mapping):
    def __init__(self): self.d = {"a": 1}
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return 1
mm = MyMap()
print(mm.get("a"), mm.get("b"), list(mm.items()), "a" in mm, mm == {"a": 1})
try:
    cabc.Sequence()
except TypeError as e:
    print("TypeError", e)
