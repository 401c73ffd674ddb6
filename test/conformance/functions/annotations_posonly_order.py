# a def's annotations are evaluated (and stored) with the ordinary parameters before the positional-only ones
import typing


def trace(label):
    print("evaluating", label)
    return label


def f(a: trace("a"), b: trace("b") = 1, /, c: trace("c") = 2, *args: trace("args"), d: trace("d"), **kw: trace("kw")) -> trace("return"):
    pass


print(list(f.__annotations__))


def g(x: int, /, y: str, *, z: float = 0.0) -> None:
    pass


print(g.__annotations__)
print(typing.get_type_hints(g))


class K:
    def m(self, p: int, /, q: "K") -> "K":
        return self


print(K.m.__annotations__, list(typing.get_type_hints(K.m)))
