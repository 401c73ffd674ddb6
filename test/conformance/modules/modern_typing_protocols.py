# typing.Protocol at run time: data and method members, runtime_checkable, generic protocols, SupportsX
from typing import *
import typing
T = TypeVar('T')
@runtime_checkable
class HasX(Protocol):
    x: int
class WithX:
    def __init__(self): self.x = 1
class ClsX:
    x = 2
print(isinstance(WithX(), HasX), isinstance(ClsX(), HasX), isinstance(object(), HasX))
try: issubclass(ClsX, HasX)
except TypeError as e: print(e)
@runtime_checkable
class Meth(Protocol):
    def m(self) -> int: ...
class NoneM:
    m = None
print(isinstance(NoneM(), Meth), issubclass(NoneM, Meth))
class GP(Protocol[T]):
    def get(self) -> T: ...
print(GP[int], GP.__parameters__)
try:
    class Bad(Protocol, int): pass
except TypeError as e: print(e)
class Impl(GP[int]):
    def get(self): return 1
print(Impl().get(), Impl.__mro__[1:3])
try: GP()
except TypeError as e: print(e)
try:
    runtime_checkable(int)
except TypeError as e: print(e)
class SubP(HasX, Protocol):
    y: str
print(SubP._is_protocol, getattr(SubP, '_is_runtime_protocol', False))
try: isinstance(WithX(), SubP)
except TypeError as e: print(e)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
import io
print(isinstance(io.StringIO(), Closer), issubclass(io.StringIO, Closer), isinstance(3, Closer))
print(isinstance(3, typing.SupportsAbs), isinstance("x", typing.SupportsIndex), isinstance(3.0, typing.SupportsRound), issubclass(complex, typing.SupportsComplex), issubclass(bytes, typing.SupportsBytes))
class Concrete(Closer):
    pass
print(Concrete().close())
class P2(Protocol):
    attr: int
    def __init__(self): self.attr = 5
class C2(P2): pass
print(C2().attr)
print(typing.Protocol.__module__, repr(Protocol), Protocol.__mro__)
