# classes from an imported module: instances, subclassing and reprs
from _mod_shapes import Shape, Square
import _mod_shapes
s = Square(3)
print(s, s.area(), s.describe())
print(isinstance(s, Shape), isinstance(s, _mod_shapes.Shape))
print(Square, Shape.__module__, type(s).__module__)
class Triangle(_mod_shapes.Shape):
    sides = 3
    def __init__(self):
        super().__init__("triangle")
t = Triangle()
print(t, t.describe(), Triangle.__mro__)
print([cls.__name__ for cls in Square.__mro__])
print(repr(Shape("blob")), Shape("blob").describe())
