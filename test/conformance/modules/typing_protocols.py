# Protocols (PEP 544): runtime_checkable isinstance/issubclass, their errors, the Supports* protocols, ContextManager.
import typing
from typing import Protocol, runtime_checkable, TypeVar, Generic, SupportsInt, SupportsAbs, SupportsFloat, SupportsIndex, Sized, Iterable
import contextlib

class Greeter(Protocol):
    name: str
    def greet(self) -> str: ...

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class Named(Protocol):
    name: str

@runtime_checkable
class Both(Closable, Named, Protocol):
    def flush(self): ...

class File:
    def close(self): print("closing")
class NoneClose:
    close = None
class Person:
    def __init__(self, name): self.name = name
class Full:
    name = "full"
    def close(self): pass
    def flush(self): pass

print(type(Closable).__name__, Closable._is_protocol, Greeter._is_protocol)
print(isinstance(File(), Closable), isinstance(NoneClose(), Closable), isinstance(3, Closable))
print(issubclass(File, Closable), issubclass(int, Closable), issubclass(NoneClose, Closable))
print(isinstance(Person("x"), Named), isinstance(File(), Named), isinstance(Full(), Both), isinstance(File(), Both))
for call in [lambda: isinstance(File(), Greeter), lambda: issubclass(File, Greeter), lambda: issubclass(Person, Named),
             lambda: Closable(), lambda: Greeter(), lambda: runtime_checkable(File), lambda: issubclass(3, Closable),
             lambda: Both()]:
    try: print(call())
    except TypeError as e: print("TypeError:", e)

class Impl(Closable):
    def __init__(self): self.x = 1
i = Impl(); print(isinstance(i, Closable), Impl._is_protocol, type(Impl).__name__, i.close())
class Explicit(Greeter):
    name = "e"
    def greet(self): return "hi " + self.name
print(Explicit().greet(), isinstance(Explicit(), Explicit))

T = TypeVar("T")
@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...
class IntBox:
    def get(self): return 1
print(isinstance(IntBox(), Box), Box[int], Box.__parameters__)
print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(3.5, SupportsFloat), isinstance(-2, SupportsAbs), isinstance(3, SupportsIndex), isinstance(3.0, SupportsIndex))
print(isinstance([], Sized), isinstance(3, Iterable), isinstance(contextlib.nullcontext(), typing.ContextManager), isinstance(3, typing.ContextManager))
class Proto2(Protocol):
    x: int
    def m(self): ...
    @property
    def p(self): ...
print(isinstance(type("O", (), {"x": 1, "m": len, "p": 2})(), typing.runtime_checkable(Proto2)))
try:
    class Bad(Protocol, int): pass
except TypeError as e: print("TypeError:", e)
print(typing.ContextManager[int], isinstance(open(__file__, encoding="utf-8"), typing.ContextManager), issubclass(type(open(__file__, encoding="utf-8")), typing.ContextManager))
@runtime_checkable
class HasLen(Protocol):
    def __len__(self): ...
print(isinstance([1], HasLen), isinstance(3, HasLen), issubclass(dict, HasLen), issubclass(int, HasLen))
class Explicit2(HasLen):
    pass
print(isinstance(Explicit2(), HasLen), issubclass(Explicit2, HasLen))
print(isinstance(1, Closable) or isinstance(Full(), Closable), isinstance(Full(), Named))
class NoHash: __hash__ = None
print(isinstance(NoHash(), typing.Hashable), isinstance(1, typing.Hashable), isinstance([], typing.Sized))
