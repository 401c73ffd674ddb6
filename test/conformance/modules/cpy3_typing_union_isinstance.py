# isinstance/issubclass against a typing.Union ask every argument, typing aliases too, as CPython does.
import typing
print(isinstance([], typing.List | typing.Tuple))
print(isinstance((), typing.List | typing.Tuple), isinstance(1, typing.List | typing.Tuple))
print(isinstance({}, typing.Dict | int), issubclass(list, typing.List | int), isinstance(None, typing.Optional[int]))
for u in (typing.List[int] | int, typing.Union[str, typing.Any], typing.Union[int, typing.Any]):
    try: print(isinstance(1, u))
    except TypeError as e: print('TE', e)
print(isinstance([], typing.Union[typing.Sequence, int]), isinstance(3, typing.Union[typing.Sequence, int]))
import collections.abc
print(isinstance([], typing.Union[collections.abc.Sized, int]))
print(isinstance([], int | typing.List), isinstance([], typing.List | None))
try: print(isinstance([], int | typing.List[int]))
except TypeError as e: print('TE', e)
