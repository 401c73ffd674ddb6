from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def perimeter(self):
        pass
    @property
    @abstractmethod
    def name(self):
        pass
    def describe(self):
        return '%s with area %s' % (self.name, self.area())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

class NamedSquare(Square):
    @property
    def name(self):
        return 'square'

for cls in (Shape, Square):
    try:
        cls(1) if cls is Square else cls()
    except TypeError as e:
        print('TypeError', e)
sq = NamedSquare(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(NamedSquare, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), NamedSquare.__abstractmethods__ == frozenset())
print(type(Shape).__name__, isinstance(Shape, ABCMeta))

class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any('draw' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class Circle:
    def draw(self):
        return 'circle'
print(isinstance(Circle(), Drawable), isinstance(1, Drawable), issubclass(Circle, Drawable))

class Serializer(ABC):
    pass
Serializer.register(dict)
print(isinstance({}, Serializer), isinstance([], Serializer), issubclass(dict, Serializer))
class Plain(ABC):
    def hello(self):
        return 'hi'
print(Plain().hello())
