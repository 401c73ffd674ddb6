from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x, y, p._fields, Point._fields, Point.__name__, Point.__doc__)
print(p._replace(y=5), p._asdict(), Point._make([3, 4]))
print(Point(y=1, x=0), hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 2)]))
P3 = namedtuple('P3', 'a, b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__new__.__doc__)
R = namedtuple('R', 'a def _c a', rename=True)
print(R._fields)
Single = namedtuple('Single', 'only')
print(Single(5), Single._fields)
print(Point.__module__, type(p).__mro__)
print(p + (3,), p * 2, p[1:])
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y
print(Vec(1, 2) + Vec(3, 4), Vec(3, 4).norm2)
for bad in [('P', 'x 1y'), ('P', 'x def'), ('P', 'x _y'), ('P', 'x x'), ('1P', 'x'), ('P', 'class')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print('ValueError', e)
for call in [lambda: namedtuple('P', 'x', defaults=[1, 2]), lambda: Point(1), lambda: Point(1, 2, 3),
             lambda: Point(1, z=2), lambda: Point._make([1]), lambda: p._replace(z=3)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
