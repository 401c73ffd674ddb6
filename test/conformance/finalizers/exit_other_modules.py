# At exit the other modules go with sys.modules: objects a library still holds (typing's cache,
# weak references, abc's caches) do not keep the main module's objects from being finalised;
# what sys itself holds would (see exit_reached_elsewhere, exit_logging_handler)
from abc import ABC, abstractmethod
from typing import List, Optional
from dataclasses import dataclass
import collections.abc, enum, weakref

class Shape(ABC):
    @abstractmethod
    def area(self): ...

class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def __del__(self): print("del Sq", self.s)

@dataclass
class P:
    x: int
    def __del__(self): print("del P", self.x)

def first(xs: List[Sq]) -> Optional[Sq]:
    return xs[0] if xs else None

s = Sq(2)
print(isinstance(s, Shape), isinstance(s, collections.abc.Sized), issubclass(Sq, Shape))
p = P(1)
print(first([s]).area(), List[Sq], Optional[P])
r = weakref.ref(s)
print(r() is s)
print("end")
