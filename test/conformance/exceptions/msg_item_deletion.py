# CPython's messages for `del x[i]` on objects that do not support it (two wordings)
class Plain:
    pass
class OnlyGet:
    def __getitem__(self, i):
        return i
for obj in (None, 5, 1.5, range(3), (1, 2), "abc", frozenset({1}), Plain(), OnlyGet(), b"ab", len):
    try:
        del obj[0]
    except TypeError as e:
        print(type(obj).__name__, "->", e)
