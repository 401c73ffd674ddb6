# NewType pickles by name; aliases list their class's attributes in dir(); built-in generic
# aliases show typing's unsubscripted aliases by name; assert_never cuts long reprs.
import copy
import pickle
import typing
from typing import Generic, List, NewType, TypeVar, assert_never

UserId = NewType('UserId', int)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    loaded = pickle.loads(pickle.dumps(UserId, proto))
    print(proto, loaded is UserId)
print(copy.copy(UserId) is UserId, copy.deepcopy(UserId) is UserId, UserId.__reduce__())

T = TypeVar('T')
class Foo(Generic[T]):
    def bar(self):
        pass
    baz = 3
for alias in (Foo[int], List, List[int]):
    names = dir(alias)
    print(repr(alias), 'bar' in names, 'baz' in names, 'append' in names, '__origin__' in names)

a = tuple[typing.List, T]
print(a, a.__parameters__, a[int])
print(list[typing.Dict], dict[str, typing.Callable], int | typing.List)

for value in ('x' * 150, list(range(60)), 7):
    try:
        assert_never(value)
    except AssertionError as e:
        print(len(str(e)), str(e)[-20:])
