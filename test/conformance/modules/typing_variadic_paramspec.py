# typing: TypeVarTuple/Unpack (*Ts in subscripts and *args: *Ts), ParamSpec args/kwargs in Callable and Generic, Concatenate, get_overloads, no_type_check, is_typeddict, Generic base checks
import typing
from typing import Callable, ParamSpec, Concatenate, TypeVar, Generic, List, Dict, Protocol, Iterable
from typing import TypeVarTuple, Generic, Unpack, Tuple
Ts = TypeVarTuple("Ts")
class A(Generic[*Ts]): pass
def f(*args: *Ts) -> tuple[*Ts]: return args
print(A[int, str], f(1, 2), f.__annotations__, tuple[int, *Ts], list(Ts), Unpack, Unpack[Ts], Unpack[Tuple[int, str]], Ts.__name__)
print(A.__parameters__, Tuple[*Ts], A[()], A[int], A[*Tuple[int, str]])
x = [1, 2]
from typing import overload, get_overloads, clear_overloads, no_type_check, get_type_hints, ParamSpec, Pattern, Match, Tuple, TypeVarTuple, Unpack, Generic, TypeVar
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(len(get_overloads(f)), [o.__annotations__ for o in get_overloads(f)], f(3))
@overload
def g(x: int) -> int: ...
try:
    g(1)
except NotImplementedError as e:
    print(e)
clear_overloads(); print(get_overloads(f))
@no_type_check
def h(a: "Nope") -> "Nope": pass
print(get_type_hints(h), h.__no_type_check__)
@no_type_check
class C:
    x: "Bad"
    def m(self, y: "Bad"): pass
print(get_type_hints(C), C.m.__no_type_check__)
P = ParamSpec("P", bound=None)
print(P.args, P.kwargs, P.args == P.args, P.args.__origin__ is P, type(P.kwargs).__name__, ParamSpec("Q", covariant=True))
print(Pattern, Match, Pattern[str], Match[bytes], typing.Pattern is Pattern)
Ts = TypeVarTuple("Ts"); T = TypeVar("T")
Alias = Tuple[T, Unpack[Ts]]
print(Alias, Alias.__parameters__, Alias[int], Alias[int, str, bytes], Tuple[Unpack[Ts], T][int, str, float])
try:
    Alias[()]
except TypeError as e:
    print(e)
try:
    class X(Generic[Ts]): pass
except TypeError as e:
    print(e)
try:
    Ts.__typing_subst__(int)
except TypeError as e:
    print(e)
class Arr(Generic[T, Unpack[Ts]]): pass
print(Arr[int], Arr[int, str, str], Arr.__parameters__)
try:
    Arr[()]
except TypeError as e:
    print(e)
P=ParamSpec('P'); T=TypeVar('T')
print(Callable[int, str], Callable[P, T], Callable[Concatenate[int, P], T], Callable[P,T].__args__, Callable[P, T].__parameters__)
print(Callable[P, T][[int, str], bool], Callable[Concatenate[int, P], T][[str], bool], Callable[P, int][...], Callable[P, int][int, str])
print(Callable[[int], str].__args__, Concatenate[int, P], Concatenate[int, P].__parameters__, Callable[..., T][int])
print(Callable[[T], list[T]][int], Callable[[], None], Callable[[int, str], bool].__parameters__)
class Wrapper(Generic[P, T]):
    pass
print(Wrapper[[int], str], Wrapper.__parameters__)
for bad in ["Concatenate[()]", "Concatenate[int, str]", "Callable[int]", "Callable[[int], str][int]"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
T=TypeVar('T'); S=TypeVar('S')
class Foo(List[int]): pass
class G(Generic[T]): pass
class H(G[int], Dict[str, int]): pass
class J(G[T], Generic[T, S]): pass
class PT(Protocol[T]):
    def m(self) -> T: ...
class Impl(PT[int], Iterable[int]): pass
print(Foo.__mro__, H.__mro__, J.__mro__, J.__parameters__, PT.__parameters__, Impl.__mro__)
for src in ["class A(Generic): pass", "class B(Generic[T], Generic[S]): pass", "class C(G[T], Generic[S]): pass"]:
    try:
        exec(src)
    except TypeError as e:
        print(e)
from typing import TypedDict, is_typeddict, Optional
class TD(TypedDict):
    x: int
print(is_typeddict(TD), is_typeddict(dict), is_typeddict(TD(x=1)))
try:
    Optional[int, str]
except TypeError as e:
    print(e)
