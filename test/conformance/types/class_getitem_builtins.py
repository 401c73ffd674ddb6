# which built-in and library types are subscriptable (__class_getitem__) in 3.11
import types, array, collections
print(enumerate[int], enumerate[int].__origin__ is enumerate)
print(types.AsyncGeneratorType[int, None])
print(list[int], dict[str, int], tuple[int, ...], type[int], frozenset[str])
print(collections.deque[int], collections.defaultdict[str, int])
for t in (zip, map, filter, reversed, range, array.array, int, str, bytearray):
    try:
        print(t[int])
    except TypeError as e:
        print(e)
