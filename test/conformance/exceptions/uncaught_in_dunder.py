# an uncaught exception from a reflected __eq__ called by list.index
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        if not isinstance(other, Point):
            raise TypeError("cannot compare Point with " + type(other).__name__)
        return self.x == other.x and self.y == other.y
pts = [Point(1, 2), Point(3, 4)]
print(pts.index(Point(3, 4)))
print([Point(0, 0), 5].index(Point(9, 9)))
