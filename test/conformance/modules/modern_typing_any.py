# typing: Any is a class in 3.11 (subclassable, no instances, no isinstance), typing.Tuple[...] cannot be instantiated, reprs of the typing aliases
import typing as t
from typing import *
T = TypeVar('T')
print(t.List, t.Dict, t.Callable, t.Iterable, t.Tuple, t.Type, t.Optional, t.Union, t.Generic, t.Protocol, t.Any, t.DefaultDict, t.Counter, t.Pattern, t.Match)
print(t.Iterable[int], t.Mapping[str, T], t.Callable[[], None], t.Optional[t.Union[int, str]], t.Union[int, "X"], t.List["int"])
print(t.Awaitable[int], t.Coroutine[int, str, float], t.AsyncIterator[T], t.ContextManager[int], t.Generator[int, None, None], t.FrozenSet[int], t.ChainMap[str, int])
print(t.Type[T][int], t.Dict[T, int][str], t.Union[T, int][str], t.Optional[T][int], t.Callable[[T], T][int], t.Tuple[T, ...][int])
print(t.Pattern[str], t.Match[bytes], t.IO[str], t.TextIO, t.BinaryIO, t.SupportsInt, t.Hashable, t.Sized)
print(t.get_origin(t.List), t.get_origin(t.List[int]), t.get_args(t.List), t.get_origin(t.Generic), t.get_origin(t.Generic[T]))
print(t.List[int] == list[int], t.List[int] == t.List[int], hash(t.List[int]) == hash(t.List[int]), t.Union[int, str] == t.Union[str, int], int | str == t.Union[int, str])
try: t.List[int, str]
except TypeError as e: print(e)
try: t.Dict[int]
except TypeError as e: print(e)
try: t.Union[int, 3]
except TypeError as e: print(e)
try: t.Optional[int, str]
except TypeError as e: print(e)
try: t.Callable[int, str]
except TypeError as e: print(e)
try: t.Callable[[int]]
except TypeError as e: print(e)
try: t.List()
except TypeError as e: print(e)
try: t.Tuple[int]()
except TypeError as e: print(e)
print(t.DefaultDict[str, int](int))
try: t.Any()
except TypeError as e: print(e)
try: isinstance(1, t.Any)
except TypeError as e: print(e)
class MyAny(t.Any): pass
print(MyAny.__mro__)
try: t.ClassVar[int]()
except TypeError as e: print(e)
print(isinstance([], t.List), issubclass(dict, t.Mapping), isinstance({}, t.Dict))
try: isinstance([], t.List[int])
except TypeError as e: print(e)
class Stack(Generic[T]):
    class Inner(Generic[T]): pass
print(Stack[int], Stack.Inner[str], Stack[Stack[int]], Stack[t.List[T]][int])
s = Stack[int]()
print(s.__orig_class__)
print(repr(t.Union[int, None]), repr(t.Union[None, int]), repr(t.Optional[None]), repr(t.Union[int, str, None]))
print(t.Literal["a"] | None, t.List[int] | None, None | t.List[int], int | t.List[int])
print(t.NoReturn == t.Never, t.Self, repr(t.LiteralString))
try: t.Self[int]
except TypeError as e: print(e)
print(type(t.Any), t.Any.__mro__, t.Any.__module__)
class A(t.Any): pass
a=A(); print(isinstance(a, A), A.__mro__)
class B(t.Any):
    def __init__(self, x): self.x = x
try: print(B(3).x)
except TypeError as e: print(e)
try: isinstance(1, t.Any)
except TypeError as e: print(e)
print(issubclass(int, t.Any))
print(issubclass(A, t.Any))
try: t.Any[int]
except TypeError as e: print(e)
try: t.Any()
except TypeError as e: print(e)
print(t.Any | int, int | t.Any, t.Optional[t.Any], t.get_origin(t.Any), t.Any == t.Any, {t.Any: 1}, t.Union[t.Any, int])
def f(x: t.Any) -> t.List[t.Any]: ...
print(t.get_type_hints(f), t.Dict[str, t.Any], list[t.Any])
