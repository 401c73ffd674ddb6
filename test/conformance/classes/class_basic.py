# defining a class, creating instances, instance attributes and methods
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1, -1)
print(q.x, q.y, p.x, p.y)
p.x = 10
p.label = "new attribute"
print(p.x, p.label, p.norm2())
print(type(p).__name__, type(p) is Point, isinstance(q, Point))
class Empty:
    pass
e = Empty()
e.a = 1
e.b = [2]
print(e.a, e.b, Empty.__name__)
print(repr(Point), repr(Empty))
print(Point(0, 0).norm2(), Point(1, 1).moved(1, 1).norm2())
