# a typed NamedTuple's __new__ carries the field annotations, so inspect.signature shows them
import inspect
from typing import NamedTuple, Optional
from collections import namedtuple


class Point(NamedTuple):
    x: int
    y: float = 0.0
    label: Optional[str] = None


Pair = NamedTuple("Pair", [("left", str), ("right", "Point")])
Plain = namedtuple("Plain", "a b", defaults=[2])
print(inspect.signature(Point), inspect.signature(Pair), inspect.signature(Plain))
print(Point.__new__.__annotations__ is Point.__annotations__, Point.__annotations__)
print(Pair.__new__.__annotations__)
print(Point(1), Point(1, 2.5, "p"), Pair("l", Point(0)))
