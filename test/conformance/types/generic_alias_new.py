# types.GenericAlias(origin, args) called directly, as a class's __class_getitem__ does
import types
class Box:
    __class_getitem__ = classmethod(types.GenericAlias)
print(Box[int], Box[int, str].__args__, Box[int].__origin__ is Box, Box[int] == Box[int])
print(types.GenericAlias(list, (int, str)), types.GenericAlias(dict, ()), types.GenericAlias(list, int) == list[int])
for args, kwargs in [((list,), {}), ((list, int, 3), {}), ((list,), {"a": 3}), ((), {})]:
    try:
        types.GenericAlias(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
