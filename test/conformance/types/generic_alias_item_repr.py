# list[...] and X | Y show an item with __qualname__ and __module__ as module.qualname, one that looks like an alias by its repr
import typing
def f(): pass
class C:
    def m(self): pass
    class Inner: pass
class Meta(type):
    def __getattr__(cls, name): return f"meta-{name}"
    def __repr__(cls): return "<Meta " + cls.__name__ + ">"
class X(metaclass=Meta): pass
class LooksLikeAlias:
    __origin__ = list
    __args__ = (int,)
class NoModule:
    __module__ = None
print(list[len], list[f], list[C.m], list[C.Inner], list[3], list["x"], list[print])
print(list[typing.List[int]], list[list[int]], dict[str, None], int | list[int], list[int | str], tuple[()], list[...], list[typing.Any], type[C])
print(list[X], int | X, dict[str, LooksLikeAlias], LooksLikeAlias | None, list[NoModule].__args__[0] is NoModule, str(list[NoModule]).startswith("list[<class"))
print(int | C | None, C.Inner | str, list[callable], tuple[int, ...], list[typing.Optional[int]])
