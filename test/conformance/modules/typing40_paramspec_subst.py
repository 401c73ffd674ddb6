# ParamSpec substitution, Concatenate flattening, get_origin of P.args, and which typing
# objects are iterable.
import collections.abc
from typing import (Annotated, Callable, Concatenate, Generic, List, Optional, ParamSpec,
                    Tuple, TypeVar, Union, get_args, get_origin)

P = ParamSpec('P')
P2 = ParamSpec('P2')
T = TypeVar('T')
T2 = TypeVar('T2')

print(get_origin(P.args), get_origin(P.kwargs), get_origin(P.args) is P)

class My(Generic[P, T]):
    pass

C1 = My[[int, T2], Callable[P2, T2]]
print(C1.__args__, C1.__parameters__)
print(C1[str, [list[int], bytes]])
C2 = My[[Callable[[T2], int], list[T2]], str]
print(C2.__parameters__, C2[list[str]])

C = Callable[Concatenate[int, P], int]
print(C[Concatenate[str, P2]], C[[str, float]], C[...])
for bad in (42, int, None, T, int | str, Union[int, str]):
    try:
        Callable[P, T][bad, str]
        print('accepted', bad)
    except TypeError as e:
        print('TypeError:', e)
    try:
        P.__typing_subst__(bad)
    except TypeError as e:
        print('TypeError:', e)

for obj in (Union, Union[str, int], Optional[int], List, Tuple, Callable, Callable[..., T],
            Callable[[T], str], Annotated[T, ''], List[int]):
    try:
        print(repr(obj), 'iterates to', list(obj))
    except TypeError as e:
        print(repr(obj), 'TypeError:', e)
    print('  Iterable?', isinstance(obj, collections.abc.Iterable))

# Unpacked annotations come back from get_type_hints as typing's Unpack[...].
from typing import TypeVarTuple, Unpack, get_type_hints
Ts = TypeVarTuple('Ts')
def func1(*args: *Ts): pass
def func2(*args: *tuple[int, str]): pass
def func3(*args: '*Ts'): pass
def func4(*args: '*tuple[int, str]'): pass
for fn in (func1, func2, func3, func4):
    hints = get_type_hints(fn)
    print(fn.__name__, hints, hints['args'] == Unpack[tuple[int, str]], hints['args'] == Unpack[Ts])
