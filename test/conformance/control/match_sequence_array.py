# array.array and memoryview are sequences for match (Py_TPFLAGS_SEQUENCE) and registered with collections.abc
import array
for a in [array.array("b", b"abc"), array.array("i", [1, 2, 3]), array.array("b", [1, 2, 3])]:
    match a:
        case (x, y, z): print("matched", x, y, z)
        case _: print("no match", a)
match memoryview(b"ab"):
    case [a, b]: print("memoryview", a, b)
match memoryview(b"abc"):
    case [a, *rest]: print("memoryview rest", a, rest)
import collections.abc as cabc
print(isinstance(memoryview(b''), cabc.Sequence), isinstance(array.array('i'), cabc.MutableSequence), issubclass(array.array, cabc.Sequence))
class Arr(array.array): pass
match Arr("i", [4, 5]):
    case [x, y]: print("subclass", x, y)
