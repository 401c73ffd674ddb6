# Abstract base classes: abstract methods, properties, registration, instantiation errors
from abc import ABC, abstractmethod, ABCMeta
import abc
import math

class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self) -> float:
        ...

    @abstractmethod
    def perimeter(self) -> float:
        raise NotImplementedError

    @property
    @abstractmethod
    def sides(self) -> int: ...

    def describe(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f} sides={self.sides}"

    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
    @property
    def sides(self): return 0

class Polygon(Shape):
    def perimeter(self):
        return sum(self.lengths())
    @abstractmethod
    def lengths(self): ...

class Rect(Polygon):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self): return self.w * self.h
    def lengths(self): return [self.w, self.h] * 2
    sides = 4

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

class Triangle(Polygon):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"impossible triangle {a}, {b}, {c}")
        self.abc = (a, b, c)
    def lengths(self): return list(self.abc)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.abc
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
    @property
    def sides(self): return 3

for cls in (Shape, Polygon):
    try:
        cls("x")
    except TypeError as e:
        print(e)

class Half(Polygon):
    def area(self): return 0
try:
    Half("h")
except TypeError as e:
    print(e)

shapes = [Circle(1), Rect(2, 3), Square(2), Triangle(3, 4, 5)]
for s in sorted(shapes):
    print(s.describe())
print(Shape.count)
print(sorted(Shape.__abstractmethods__), sorted(Polygon.__abstractmethods__), Rect.__abstractmethods__)
print(isinstance(shapes[0], Shape), issubclass(Square, Polygon), issubclass(Circle, Polygon))
try:
    Triangle(1, 1, 5)
except ValueError as e:
    print("ValueError:", e)

class Drawable(metaclass=ABCMeta):
    @abstractmethod
    def draw(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any("draw" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented

class Sprite:
    def draw(self): return "sprite"

class Text: pass

print(issubclass(Sprite, Drawable), isinstance(Text(), Drawable))
Drawable.register(Text)
print(isinstance(Text(), Drawable), issubclass(Text, Drawable))

@Drawable.register
class Line: pass
print(Line.__name__, issubclass(Line, Drawable))

class Base(abc.ABC):
    @staticmethod
    @abstractmethod
    def make(): ...
    @classmethod
    @abstractmethod
    def kind(cls): ...

class Impl(Base):
    @staticmethod
    def make(): return Impl()
    @classmethod
    def kind(cls): return cls.__name__

print(Impl.kind(), type(Impl.make()).__name__)
try:
    Base()
except TypeError as e:
    print(e)
print(type(Shape).__name__, type(Drawable) is ABCMeta)
print(abc.get_cache_token() is not None)

class Plugin(ABC):
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key:
            Plugin.registry[key] = cls
    @abstractmethod
    def run(self): ...

class A(Plugin, key="a"):
    def run(self): return "A runs"
class B(Plugin, key="b"):
    pass
print(sorted(Plugin.registry))
print(Plugin.registry["a"]().run())
try:
    Plugin.registry["b"]()
except TypeError as e:
    print(e)
