# dataclasses: methods the decorator adds implement an ABC's abstract ones; a ClassVar field
# may not say kw_only.
import abc, inspect
from dataclasses import dataclass, field
from typing import ClassVar
class Ordered(abc.ABC):
    @abc.abstractmethod
    def __lt__(self, other): pass
    @abc.abstractmethod
    def __le__(self, other): pass
@dataclass(order=True)
class Date(Ordered):
    year: int
    month: 'Month'
    day: 'int'
print(inspect.isabstract(Date), Date(2020, 12, 25) > Date(2020, 8, 31), Date.__abstractmethods__)
class A(abc.ABC):
    @abc.abstractmethod
    def foo(self): pass
@dataclass
class B(A):
    x: int
print(inspect.isabstract(B), sorted(B.__abstractmethods__))
for kw in (True, False):
    try:
        @dataclass
        class K:
            a: ClassVar[int] = field(kw_only=kw)
    except TypeError as e:
        print(e)
