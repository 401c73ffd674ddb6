from typing import *
import typing

print(List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None])
print(Optional[Union[int, str]], Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Any, Set[int], FrozenSet[str], Type[int], Iterator[int], Iterable[str], Generator[int, None, None], Sequence[str], Mapping[str, int])
print(Literal['a', 1], Final[int], ClassVar[int], Deque[int], DefaultDict[str, int], Counter[str], OrderedDict[str, int])
T = TypeVar('T')
K = TypeVar('K', bound=int)
C = TypeVar('C', int, str)
print(T, K, C.__constraints__, K.__bound__, List[T], Dict[str, T][int], Union[int], Union[int, int], Union[int, Union[str, float]])
print(Optional, Union, Callable, Hashable, Sized, typing.Text, AnyStr, List[Optional['Node']])

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack.__mro__, Stack[int], Stack.__parameters__)

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, Point(1), p.norm1(), Point._fields, Point._field_defaults, Point.__annotations__, isinstance(p, tuple))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields)

class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__annotations__)

def greet(name: str, times: int = 1) -> List[str]:
    return ['hi ' + name] * times
print(greet('x', 2))
UserId = NewType('UserId', int)
print(UserId(5), UserId, cast(int, 'x'), TYPE_CHECKING)

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(1), get_type_hints(Point), List[int] == List[int], List[int] == List[str])
print(isinstance([], List), isinstance({}, Dict), isinstance(1, Optional[int]) if False else '', issubclass(list, Sequence))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]), get_origin(int))

class Proto(Protocol):
    def meth(self) -> int: ...
class Impl:
    def meth(self) -> int:
        return 1
print(Impl().meth(), Proto.__name__)

for bad in [lambda: isinstance([], List[int]), lambda: List[int, str], lambda: Union[()], lambda: Any(), lambda: List(), lambda: Generic[int]]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
for bad in [lambda: List[int]([1, 2]), lambda: Dict(a=1), lambda: Optional()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(Deque[int]([1]), DefaultDict(int))
