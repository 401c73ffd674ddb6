# list, tuple, dict, set, frozenset and str constructors from different iterables
print(list(), list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)))
print(tuple(), tuple([1, 2]), tuple("xy"), tuple(x * 2 for x in range(3)))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0))
print(dict(zip(["a", "b"], [1, 2])), dict([[1, 2], "xy"]))
print(set(), set([3, 1, 3]), set(range(4)), frozenset((1, 1, 2)))
print(str(), str(12), str(1.5), str([1, "a"]), str(None), str(b"x"))
print(list(map(str, [1, 2])), list(iter([7, 8])))
l1 = [1, 2]
l2 = list(l1)
print(l1 == l2, l1 is l2)
t1 = (1, 2)
print(tuple(t1) == t1)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
