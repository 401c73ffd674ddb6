# runtime_checkable protocols: non-class arguments, @final, and built-in classes.
import types
from typing import Protocol, final, runtime_checkable

@runtime_checkable
class P(Protocol):
    def meth(self): ...

class NotRuntime(Protocol):
    def meth(self): ...

@runtime_checkable
class WithData(Protocol):
    x: int

for proto in (P, NotRuntime, WithData):
    try:
        issubclass(1, proto)
    except TypeError as e:
        print(proto.__name__, 'TypeError:', e)

print(issubclass(types.FunctionType, P), issubclass(type, P), issubclass(int, P))

@runtime_checkable
@final
class Empty(Protocol):
    pass
print(issubclass(object, Empty), isinstance(3, Empty))

@runtime_checkable
@final
class Mixed(Protocol):
    x: int
    def method(self): ...

class Foo:
    x = 1
    def method(self): pass
print(isinstance(Foo(), Mixed), isinstance(object(), Mixed))

@runtime_checkable
@final
class Callables(Protocol):
    def upper(self): ...
print(issubclass(str, Callables), issubclass(int, Callables))
