# class hierarchy with abc, properties, class/static methods, __init_subclass__, total_ordering
from abc import ABC, abstractmethod, abstractproperty
from functools import total_ordering
import math


@total_ordering
class Shape(ABC):
    registry = {}

    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        if key:
            Shape.registry[key] = cls

    @property
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    @classmethod
    def create(cls, key, *args):
        return cls.registry[key](*args)

    @staticmethod
    def describe_all(shapes):
        return [f"{s!s}" for s in shapes]

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area, other.area)

    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area < other.area

    def __hash__(self):
        return hash(round(self.area, 6))

    def __str__(self):
        return f"{type(self).__name__}(area={self.area:.3f}, perim={self.perimeter():.3f})"


class Circle(Shape, key="circle"):
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape, key="rect"):
    def __init__(self, w, h):
        self._w, self._h = w, h

    @property
    def area(self):
        return self._w * self._h

    def perimeter(self):
        return 2 * (self._w + self._h)

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, v):
        if v <= 0:
            raise ValueError("width must be positive")
        self._w = v

    @width.deleter
    def width(self):
        raise AttributeError("can't delete width")


class Square(Rect, key="square"):
    def __init__(self, s):
        super().__init__(s, s)

    def __repr__(self):
        return f"Square({self._w})"


class Broken(Shape):
    def perimeter(self):
        return 0


shapes = [Shape.create("circle", 1), Shape.create("rect", 2, 3), Shape.create("square", 2),
          Circle(0.5), Rect(1, 4)]
for line in Shape.describe_all(shapes):
    print(line)
print(sorted(Shape.registry))
print([type(s).__name__ for s in sorted(shapes)])
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
print(Square(2) == Rect(1, 4), Square(2) <= Rect(1, 4), Square(2) > Circle(1), Square(2) >= Circle(1))
print(len({Square(2), Rect(4, 1), Rect(2, 2)}))
print(Square(2) == "x", Square(2) != 3)
try:
    Square(2) < 3
except TypeError as e:
    print("TypeError:", e)
try:
    Broken()
except TypeError as e:
    print("TypeError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
r = Rect(2, 3)
r.width = 5
print(r.width, r.area)
for bad in (0, -1):
    try:
        r.width = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    del r.width
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.area = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    Circle(1).perimeter = 3
    print("set ok")
except AttributeError as e:
    print(e)
print(Shape.__abstractmethods__, Broken.__abstractmethods__, Rect.__abstractmethods__)
print(Circle.area.__isabstractmethod__, Shape.area.__isabstractmethod__)
print(type(Rect.width).__name__, Rect.width.fget.__name__, Rect.width.__doc__)
print(Square.__mro__)
print(issubclass(Square, Shape), isinstance(r, Square), Square.__bases__, Shape.__subclasses__())
print(vars(r))
print(Square(3).__dict__, repr(Square(3)), str(Square(3)))
