# typing runtime: Protocol/runtime_checkable, NamedTuple, TypedDict, Generic, get_type_hints
from typing import Protocol, runtime_checkable, NamedTuple, TypedDict, Generic, TypeVar, get_type_hints, Optional, List, Dict, Union, Any, ClassVar
import typing
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class HasAttr(Protocol):
    x: int
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable))
try: isinstance(F(), HasAttr)
except TypeError as e: print('TypeError:', e)
@runtime_checkable
class WithData(Protocol):
    name: str
    def go(self): ...
class Has:
    name = 'n'
    def go(self): pass
print(isinstance(Has(), WithData))
try: issubclass(Has, WithData)
except TypeError as e: print('TypeError:', e)
try: Closable()
except TypeError as e: print('TypeError:', e)
class Impl(Closable):
    pass
print(type(Impl()).__name__, Impl().close())
class Emp(NamedTuple):
    name: str
    dept: str = 'eng'
    level: int = 1
    def tag(self): return f'{self.name}@{self.dept}'
    @property
    def senior(self): return self.level > 2
e = Emp('ann')
print(e, e.tag(), e.senior, Emp._fields, Emp._field_defaults, Emp.__annotations__, e._replace(level=5), e._asdict())
try: Emp()
except TypeError as ex: print('TypeError:', ex)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex: print('TypeError:', ex)
try:
    class BadNT2(NamedTuple):
        _a: int
except ValueError as ex: print('ValueError:', ex)
P2 = NamedTuple('P2', [('x', int), ('y', int)])
print(P2(1, 2), P2.__annotations__, isinstance(P2(1, 2), tuple))
class Movie(TypedDict):
    title: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
m = Movie(title='x', year=1)
print(m, type(m).__name__, Movie.__required_keys__ == {'title', 'year'}, Partial.__optional_keys__, Movie.__total__, Partial.__total__)
try: isinstance(m, Movie)
except TypeError as ex: print('TypeError:', ex)
TD = TypedDict('TD', {'a': int, 'b-c': str})
print(TD(a=1), TD.__annotations__)
T = TypeVar('T'); K = TypeVar('K', bound=int); S = TypeVar('S', str, bytes)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
class IntBox(Box[int]): pass
print(Box[int], Box[int](3).get(), IntBox.__orig_bases__, Box.__parameters__, IntBox.__parameters__, Box[int].__origin__ is Box, Box[int].__args__)
print(K.__bound__, S.__constraints__, repr(T), T.__name__)
try: Box[int, str]
except TypeError as ex: print('TypeError:', ex)
try: Generic[int]
except TypeError as ex: print('TypeError:', ex)
try:
    class Bad(Generic[T], Generic[K]): pass
except TypeError as ex: print('TypeError:', ex)
class Two(Generic[T, K]): pass
print(Two[str, int], Two[str, int].__args__)
b = Box[int](1); print(b.__orig_class__)
def fn(a: int, b: 'str', c: Optional[List[int]] = None) -> Dict[str, Any]: ...
print(get_type_hints(fn))
class Ann:
    x: int
    y: 'Ann'
    z: ClassVar[str] = 'z'
print(get_type_hints(Ann))
print(Optional[int], Union[int, str], Union[int, int], List[int], typing.get_origin(List[int]), typing.get_args(Dict[str, int]), Union[int, None] == Optional[int])
print(int | str, type(int | None).__name__, (int | str) == Union[int, str], isinstance(1, int | str))
