# classmethod alternative constructors return instances of the calling subclass
class Shape:
    registry = []
    def __init__(self, *dims):
        self.dims = dims
    @classmethod
    def unit(cls):
        return cls(*([1] * cls.ndims))
    @classmethod
    def register(cls):
        Shape.registry.append(cls.__name__)
        return cls
    def __repr__(self):
        return f"{type(self).__name__}{self.dims}"
class Square(Shape):
    ndims = 1
class Rect(Shape):
    ndims = 2
class Box(Rect):
    ndims = 3
print(Square.unit(), Rect.unit(), Box.unit())
Square.register()
Box.register()
print(Shape.registry)
print(isinstance(Box.unit(), Rect), type(Rect.unit()) is Rect)
