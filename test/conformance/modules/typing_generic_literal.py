# typing: subscripting a user Generic checks the number of arguments; Literal flattens, drops repeats and compares as a set
from typing import Generic, TypeVar, Literal, Dict

T = TypeVar("T")
K = TypeVar("K")

class Box(Generic[T]):
    pass

class IntBox(Box[int]):
    pass

class Two(Generic[K, T]):
    pass

print(Box[int], Two[int, str], Two[K, int])
for f in [lambda: Box[int, str], lambda: Two[int], lambda: IntBox[int], lambda: Box[()],
          lambda: Two[int, str, float], lambda: Dict[int]]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)

print(Literal[1, 1, 2], Literal[Literal[1, 2], 3], Literal[1, True, 1.0, 1], Literal["a", "b", "a"])
print(Literal[1, 2] == Literal[2, 1], Literal[1, 2] != Literal[1], Literal[1] == 1, Literal[1] == Literal[True])
print({Literal[1, 2]: "found"}[Literal[2, 1]])
print(Literal[1, 2].__args__, Literal[1, 2, 1].__args__, Literal[Literal["x"], "y"].__args__)
