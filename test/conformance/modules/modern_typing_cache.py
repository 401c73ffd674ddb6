# typing subscriptions are cached as in CPython (List[int] is List[int]; pickling and copying give back the same alias), type variables pickle by name, Generic[()] and ParamSpec argument-count errors
from typing import *
import typing, pickle, copy
T = TypeVar('T'); S = TypeVar('S'); P = ParamSpec('P'); Ts = TypeVarTuple('Ts')
def tryit(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
tryit(lambda: Generic[T, T])
tryit(lambda: Generic[()])
tryit(lambda: Protocol[int])
class A(Generic[T]): pass
tryit(lambda: A[int, str])
tryit(lambda: A[()])
def mk():
    class B(Generic[T], A[S]): pass
    return B
tryit(mk)
def mk2():
    class C(A[T], Generic[S]): pass
tryit(mk2)
def mk3():
    class D(Generic): pass
tryit(mk3)
def mk4():
    class E(A[int]): pass
    return E.__parameters__, E.__orig_bases__, E.__mro__
tryit(mk4)
def mk5():
    class F(A[T], Generic[T]): pass
    return F[int], F.__parameters__
tryit(mk5)
class Z(Generic[P]): pass
tryit(lambda: Z[int])
tryit(lambda: Z[[int, str]])
tryit(lambda: Z[P])
tryit(lambda: Z[Concatenate[int, P]])
tryit(lambda: Z[...])
class ZT(Generic[T, P]): pass
tryit(lambda: ZT[int, [str]])
tryit(lambda: ZT[int, str, bytes])
class V(Generic[*Ts]): pass
tryit(lambda: V[int, *Tuple[str, ...]])
tryit(lambda: V[*Ts])
tryit(lambda: Generic[*Ts, *Ts])
tryit(lambda: Tuple[*Ts][int])
tryit(lambda: pickle.loads(pickle.dumps(T)) is T)
tryit(lambda: copy.deepcopy(T) is T)
tryit(lambda: (T.__module__, P.__module__, Ts.__module__))
tryit(lambda: TypeVar('T', covariant=True, contravariant=True))
tryit(lambda: TypeVar(3))
tryit(lambda: Union[T, int][str] )
tryit(lambda: Optional[T][int] )
tryit(lambda: List[T][int, str])
tryit(lambda: Callable[P, T][[int], str])
tryit(lambda: Callable[Concatenate[int, P], T][[str], bytes])
tryit(lambda: Callable[Concatenate[int, P], T][..., bytes])
tryit(lambda: Concatenate[int])
tryit(lambda: Concatenate[()])
tryit(lambda: Callable[Concatenate[int, ...], T])
tryit(lambda: A[int] == A[int])
tryit(lambda: A[int] is A[int])
tryit(lambda: {A[int]: 1}[A[int]])
tryit(lambda: A[int].__args__)
tryit(lambda: isinstance(A[int](), A))
tryit(lambda: A[int]().__orig_class__)
tryit(lambda: type(A[int]))
tryit(lambda: A.__class_getitem__(int))
import pickle, copy
for v in [T, P, Ts, typing.AnyStr, typing.List[T], typing.Dict[str, int], typing.Optional[int], list[T]]:
    print(repr(v), pickle.loads(pickle.dumps(v)) == v, copy.copy(v) == v, copy.deepcopy(v) == v, pickle.loads(pickle.dumps(v)) is v)
U = typing.TypeVar('NotGlobal')
try: pickle.dumps(U)
except pickle.PicklingError as e: print("PicklingError", e)
for v in [typing.Callable[[int], str], typing.Callable[..., int], typing.Annotated[int, 'x', 2], typing.Literal[1, 'a'], typing.Tuple[int, ...], typing.Union[int, str], typing.Type[int], typing.Generic[T]]:
    c = pickle.loads(pickle.dumps(v))
    print(repr(v), c == v, c is v, copy.deepcopy(v) is v)
class G(typing.Generic[T]): pass
print(pickle.loads(pickle.dumps(G[int])) is G[int], typing.Literal[1] is typing.Literal[1], typing.Literal[1] is typing.Literal[True])
print(G[int] is G[int], typing.Callable[[int], str] is typing.Callable[[int], str], typing.Union[int, str] is typing.Union[int, str])
def a():
    class Bad(Generic[T], Generic[T]): pass
def b():
    class Bad(Generic[T], Generic[K]): pass
def c():
    class C(List[T], Generic[T]): pass
    return C.__mro__, C[int]
def d():
    class D(Protocol[T], Generic[T]): pass
tryit(a); tryit(b); tryit(c); tryit(d)
