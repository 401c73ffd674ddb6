# builtins: type[X] is a GenericAlias, and list[T][int] / dict[K, list[T]][str, int] substitute type variables, with CPython's errors
from typing import TypeVar, List, Generic, ParamSpec
T=TypeVar('T'); K=TypeVar('K'); P = ParamSpec("P")
print(list[T][int], dict[K, list[T]][str, int], dict[str, T][None], type[int], type[T][int], type['X'], type[int].__origin__, list[T].__parameters__)
for bad in ['list[int][str]', 'list[T][int, str]', 'dict[K, T][int]', 'int[3]', 'type[int][str]']:
    try: eval(bad)
    except TypeError as e: print(e)
print(isinstance(type[int], type), dict[K, List[T]][int, str], tuple[T, ...][int], dict[K, List[T]].__parameters__)
class W(Generic[P]): pass
class W2(Generic[P, T]): pass
print(W[int, str], W[[int]], W[...], W2[[int], str], W2[..., int])
def make(cls: type[T]) -> T:
    return cls()
print(make(list), make.__annotations__)
x = tuple[int, *tuple[str, ...]]
print(x, x.__args__)
y = next(iter(tuple[int, str]))
print(y, y.__unpacked__, tuple[int].__unpacked__, y == tuple[int, str], list(list[int]), [*dict[str, int]])
