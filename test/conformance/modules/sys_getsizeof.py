# sys.getsizeof: CPython 3.11's sizes for ints, str kinds, bytes, tuples, dicts and sets grown by insertion, lists grown by appends, instances
import sys
g = sys.getsizeof
print([g(x) for x in [0, 1, -1, 2**30, -2**60, 2**100, 10**100, True, False, 1.5, 2j, None, ..., NotImplemented]])
print([g(s) for s in ["", "a", "abc" * 10, "é", "éé", "€", "a€", "😀", "a😀b"]])
print([g(b) for b in [b"", b"ab", bytearray(), bytearray(b"x"), bytearray(b"xyz")]])
print([g(tuple(range(n))) for n in range(5)], g(range(10)), g(slice(1, 2)), g(object()))
print([g([i for i in range(n)]) for n in range(20)])
l = []
sizes = []
for i in range(40):
    l.append(i)
    sizes.append(g(l))
print(sizes)
print([g({i: i for i in range(n)}) for n in range(0, 50, 3)])
print([g({str(i): i for i in range(n)}) for n in range(0, 50, 3)])
print([g(set(range(n))) for n in range(0, 40, 3)], [g(frozenset("abcdefg"[:n])) for n in range(8)])
class A:
    pass
class S:
    __slots__ = ("a", "b", "c")
class Own:
    def __sizeof__(self):
        return 100
def f():
    pass
print(g(A()), g(S()), g(Own()), g(f), g(lambda: 0), g(sys))
class Bad:
    def __sizeof__(self):
        return -1
try:
    g(Bad())
except ValueError as e:
    print(type(e).__name__, e)
