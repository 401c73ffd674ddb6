# len() of builtin containers and user classes, and errors for unsized objects
print(len(""), len("abc"), len("é😀"), len(b"\x00\x01"))
print(len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len(set()), len({1, 2, 2}), len(frozenset([1])))
print(len(range(10)), len(range(0, 10, 3)), len(range(5, 0)), len(range(10, 0, -1)))
d = {"x": 1}
print(len(d.keys()), len(d.values()), len(d.items()))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for obj in (5, 3.5, None, iter([1]), (x for x in [1])):
    try:
        len(obj)
    except TypeError as e:
        print("TypeError:", e)
class BadLen:
    def __len__(self):
        return "3"
try:
    len(BadLen())
except TypeError as e:
    print("TypeError:", e)
