# The methods @dataclass writes belong to the class's module, as CPython's do: their
# __module__, the globals __init__ runs with, and so doctest's finder lists them.
import doctest
import inspect
from dataclasses import dataclass, field


@dataclass
class Point:
    """A point.

    >>> Point(1, 2)
    Point(x=1, y=2)
    """
    x: int = 0
    y: int = 0


@dataclass(frozen=True, order=True)
class Tag:
    name: str
    parts: list = field(default_factory=list, compare=False)


for name in ('__init__', '__repr__', '__eq__'):
    fn = getattr(Point, name)
    print(name, fn.__module__, fn.__qualname__, inspect.getmodule(fn).__name__)
print(Point.__init__.__globals__ is globals())
for name in ('__lt__', '__hash__', '__setattr__', '__delattr__'):
    fn = getattr(Tag, name)
    print(name, fn.__module__, fn.__qualname__)
print(Tag('a') < Tag('b'), Tag('a', [1]) == Tag('a', [2]), Tag('x').parts)

doctest.testmod(verbose=True)

t = Tag('z')
try:
    del t.name
except Exception as e:
    print(type(e).__name__, e)
t.name = 'y'
