# collections.abc generics: Iterable[int], Callable[[int], str] (its own alias type), ParamSpec substitution
import collections.abc as c, typing, pickle, copy
for n in c.__all__:
    print(n, '__class_getitem__' in vars(getattr(c,n)), end='; ')
print()
print(c.Callable[[int],str].__args__, c.Callable[..., int].__args__, c.Callable[[],int].__args__)
print(c.Callable[[int], c.Callable[[str], int]])
P=typing.ParamSpec('P')
print(c.Callable[P, int], c.Callable[P,int].__args__, c.Callable[P, int].__parameters__)
T=typing.TypeVar('T')
print(c.Callable[[T], T][int], type(c.Callable[[T], T][int]).__name__)
print(c.Callable[P, T][[int, str], float])
print(c.Callable[typing.Concatenate[int, P], T])
for bad in [(int,), int, ((int,), str), ([int],), (int, str)]:
    try: c.Callable[bad]
    except TypeError as e: print(e)
print(repr(c.Callable[[int], str].__origin__), c.Callable[[int],str] == c.Callable[[int],str])
print(c.Iterable[int].__class__, c.Callable[[int],str].__class__.__mro__)
print(c.Mapping[str, int], c.Sequence[T][int], c.AsyncIterator[bytes], c.KeysView[str], c.Generator[int, None, None])
for n in ['Hashable', 'Sized']:
    try: getattr(c, n)[int]
    except TypeError as e: print(e)
x = c.Callable[[int, str], float]
print(copy.copy(x), pickle.loads(pickle.dumps(x)))
print(list[P].__parameters__, typing.Callable[[int], str] == c.Callable[[int], str])
def f(a: c.Callable[[int], str]) -> c.Iterator[int]: ...
print(typing.get_type_hints(f))
P = typing.ParamSpec('P')
print(typing.get_args(c.Callable[[int], str]), typing.get_args(c.Callable[..., str]), c.Callable[[int], str])
print(typing.get_args(typing.Callable[[int], str]), typing.get_args(typing.Callable[..., str]), typing.get_args(typing.Callable[P, int]))
print(typing.get_args(typing.Callable[typing.Concatenate[int, P], int]), typing.get_args(typing.Callable[[], int]))
print(typing.get_origin(c.Callable[[int], str]), typing.get_origin(typing.Callable[[int], str]))
