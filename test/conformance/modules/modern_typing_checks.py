# typing's argument checks: tuples where one type was wanted, bare special forms, ClassVar/Final outside class annotations, get_type_hints on non-annotatable objects, non-generic aliases
from typing import *
for f in [ClassVar, Final, TypeGuard, Required, NotRequired, Unpack]:
    try: f[int, str]
    except TypeError as e: print(e)
for f in [lambda: List[Final], lambda: List[ClassVar], lambda: List[Union], lambda: List[Generic], lambda: Optional[Any], lambda: List[Self], lambda: Tuple[Never, ...], lambda: List[Protocol], lambda: Union[int, Generic[TypeVar('T')]], lambda: ClassVar[ClassVar[int]], lambda: Callable[[Final[int]], int], lambda: Callable[[int], Final[int]], lambda: TypeVar('T', bound=Final[int]), lambda: TypeVar('T', bound=ClassVar), lambda: Literal[Final], lambda: Annotated[ClassVar[int], 1], lambda: Annotated[Final, 1], lambda: List[()], lambda: Tuple[(int,), str], lambda: ClassVar[(int,)], lambda: Optional[(int,)], lambda: Union[(int, str), float]]:
    try: print(f())
    except TypeError as e: print('TypeError', e)
class C:
    x: 'ClassVar[int]'
    y: 'Final'
    z: 'ClassVar'
print(get_type_hints(C))
def f(a: 'Final[int]'): ...
try: print(get_type_hints(f))
except TypeError as e: print('TypeError', e)
def g(a: 'ClassVar'): ...
try: print(get_type_hints(g))
except TypeError as e: print('TypeError', e)
try:
    class TD(TypedDict):
        a: ClassVar[int]
except TypeError as e: print('TypeError', e)
try:
    class NT(NamedTuple):
        a: Final[int]
    print(NT.__annotations__)
except TypeError as e: print('TypeError', e)
try: NamedTuple('N', [('a', (int,))])
except TypeError as e: print('TypeError', e)
try: TypedDict('T', {'a': (int,)})
except TypeError as e: print('TypeError', e)
try: TypeVar('T', int, (str,))
except TypeError as e: print('TypeError', e)
T = TypeVar('T')
try: List[T][ClassVar[int]]
except TypeError as e: print('TypeError', e)
def tryit(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
def outer():
    Local = NewType('Local', int)
    class LC: pass
    def f(x: "LC") -> "Local": ...
    return Local, f, LC
L, f, LC = outer()
print(L, repr(L), L.__qualname__ if hasattr(L, '__qualname__') else '')
tryit(lambda: get_type_hints(f))
tryit(lambda: get_type_hints(f, localns={'LC': LC, 'Local': L}))
class C:
    a: ClassVar[int] = 1
    b: Final[int] = 2
    c: "Final[Annotated[int, 'x']]" = 3
tryit(lambda: get_type_hints(C, include_extras=True))
tryit(lambda: get_type_hints(C))
fr = ForwardRef('List[int]')
print(fr, fr == ForwardRef('List[int]'), hash(fr) == hash(ForwardRef('List[int]')), fr.__forward_evaluated__)
tryit(lambda: ForwardRef(1))
tryit(lambda: ForwardRef('x y'))
tryit(lambda: List['int'] == List[ForwardRef('int')])
@overload
def o(x: int) -> int: ...
@overload
def o(x: str) -> str: ...
def o(x): return x
print(len(get_overloads(o)))
clear_overloads()
print(len(get_overloads(o)))
tryit(lambda: TypeGuard[int])
tryit(lambda: TypeGuard[int, str])
tryit(lambda: Required[int])
tryit(lambda: ClassVar[Final[int]])
tryit(lambda: Final[ClassVar[int]])
tryit(lambda: List[ClassVar[int]])
tryit(lambda: Optional[Final[int]])
tryit(lambda: Union[Final[int], str])
tryit(lambda: Literal[[1]])
tryit(lambda: Literal[1.5, {1}])
tryit(lambda: hash(Literal[[1]]))
@no_type_check
class NT:
    def m(self, x: int) -> str: ...
tryit(lambda: (NT.__no_type_check__, NT.m.__no_type_check__, get_type_hints(NT.m)))
tryit(lambda: get_type_hints(3))
tryit(lambda: get_type_hints(None))
import types
mod = types.ModuleType('m'); mod.__annotations__ = {'x': 'int'}
tryit(lambda: get_type_hints(mod))
def g(a: 'int' = None): ...
tryit(lambda: get_type_hints(g))
tryit(lambda: typing.get_args(Literal[1, 2] | None))
tryit(lambda: Literal[1] | Literal[2])
tryit(lambda: typing.Union[Literal[1], Literal[2]])
tryit(lambda: typing.TypeAlias)
tryit(lambda: typing.TypeAlias[int])
tryit(lambda: repr(typing.Text), )
tryit(lambda: typing.ByteString[int] if hasattr(typing, 'ByteString') else 0)
tryit(lambda: typing.Hashable[int])
tryit(lambda: typing.Sized[int])
tryit(lambda: typing.get_origin(typing.Hashable))
