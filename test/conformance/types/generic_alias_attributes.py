# types.GenericAlias passes attribute lookups to its origin (except its own names), is a base
# as its origin, collects type variables, hashes, copies and pickles.
print(list[int].__name__, list[int].__qualname__, list[int].__module__)
print(list[int].append is list.append, dict[str, int].fromkeys('ab'))
print(list[int].__origin__, list[int].__args__, list[int].__parameters__)
print(list[int].__doc__ == list.__doc__)
try:
    list[int].nope
except AttributeError as e:
    print(e)
class Box:
    __class_getitem__ = classmethod(__import__('types').GenericAlias)
try:
    Box[int].__
except AttributeError as e:
    print(e)
print(list[int]([1, 2]), type(list[int]).__name__)
class L(list[int]):
    pass
print(L.__mro__, L([1]).__class__.__name__)
import typing
T = typing.TypeVar('T')
print(list[T].__parameters__, dict[str, list[T]].__parameters__, list[int].__parameters__)
print(hash(list[int]) == hash(list[int]), list[int] == list[int], list[int] | None)
import copy, pickle
print(copy.copy(list[int]), pickle.loads(pickle.dumps(list[int])))
print(hasattr(list[int], 'nope'), hasattr(list[int], 'append'), getattr(list[int], 'nope', 5))
