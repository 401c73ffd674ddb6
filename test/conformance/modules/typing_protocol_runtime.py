# typing.Protocol: runtime_checkable isinstance/issubclass by members, protocols cannot be instantiated, their errors
from typing import Protocol, runtime_checkable, SupportsInt, SupportsAbs, SupportsIndex
from abc import abstractmethod

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

@runtime_checkable
class HasName(Protocol):
    name: str
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class Plain(Protocol):
    def m(self): ...
class File:
    name = 'f'
    def close(self):
        pass
class NoneClose:
    close = None
attempt(lambda: isinstance(File(), HasName))
attempt(lambda: isinstance(3, HasName))
attempt(lambda: issubclass(File, HasName))
attempt(lambda: issubclass(File, Closer))
attempt(lambda: issubclass(int, Closer))
attempt(lambda: isinstance(NoneClose(), Closer))
attempt(lambda: issubclass(NoneClose, Closer))
attempt(lambda: issubclass(3, Closer))
attempt(lambda: issubclass(File, Plain))
attempt(lambda: isinstance(File(), Plain))
attempt(lambda: runtime_checkable(File))
attempt(lambda: Plain())
attempt(lambda: Closer())
class Impl(Closer):
    pass
attempt(lambda: type(Impl()).__name__)
attempt(lambda: (Impl._is_protocol, Closer._is_protocol))
attempt(lambda: isinstance(Impl(), Closer))
class SubP(Closer, Protocol):
    def open(self): ...
attempt(lambda: SubP._is_protocol)
attempt(lambda: isinstance(File(), SubP))
def inherit_concrete():
    class Bad(Protocol, File):
        pass
attempt(inherit_concrete)
attempt(lambda: (isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(-2.5, SupportsAbs)))
attempt(lambda: (isinstance(True, SupportsIndex), isinstance(1.5, SupportsIndex)))
class WithInit(Protocol):
    def __init__(self, x):
        self.x = x
class Concrete(WithInit):
    pass
attempt(lambda: Concrete(3).x)
class Abstract(Protocol):
    @abstractmethod
    def m(self): ...
attempt(lambda: Abstract())
class AbstractImpl(Abstract):
    pass
attempt(lambda: AbstractImpl())
attempt(lambda: type(Closer).__name__)
