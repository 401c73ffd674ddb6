# abstract classes: instantiation refused by object.__new__'s check, not a metaclass __call__ frame
from abc import ABC, ABCMeta, abstractmethod
import warnings, collections.abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def __init__(self, s):
        warnings.warn("Sq is old", DeprecationWarning, stacklevel=2)
        self.s = s
    def area(self): return self.s ** 2
    def name(self): return "sq"
class Half(Shape):
    def area(self): return 1
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Sq(3).area())
class M(collections.abc.Mapping):
    pass
try:
    M()
except TypeError as e:
    print(e)
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)
Half.__abstractmethods__ = frozenset({"x"})
try:
    Half()
except TypeError as e:
    print(e)
class Plain:
    pass
Plain.__abstractmethods__ = {"f"}
try:
    Plain()
except TypeError as e:
    print(e)
class Sub(Plain):
    pass
print(type(Sub()).__name__)
del Plain.__abstractmethods__
print(type(Plain()).__name__)
class D(dict, ABC):
    @abstractmethod
    def f(self): ...
try:
    print(type(D()).__name__)
except TypeError as e:
    print(e)
class E(Exception, ABC):
    @abstractmethod
    def f(self): ...
try:
    print(type(E()).__name__)
except TypeError as e:
    print(e)
