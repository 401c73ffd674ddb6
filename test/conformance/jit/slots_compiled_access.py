# compiled loops reading and writing __slots__ attributes: values, unset slots, subclasses, class changes, deletes
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Vec3(Vec):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Loose(Vec):
    pass


def total(items):
    s = 0
    for v in items:
        s += v.x * 2 + v.y
    return s


def bump(items, n):
    for _ in range(n):
        for v in items:
            v.x = v.x + 1
            v.y = v.y - 1
    return [(v.x, v.y) for v in items]


vs = [Vec(i, -i) for i in range(50)]
for _ in range(300):
    t = total(vs)
print(t, bump(vs[:3], 200))
mixed = [Vec(1, 2), Vec3(3, 4, 5), Loose(6, 7), Vec(8, 9)]
for _ in range(300):
    t = total(mixed)
print(t, bump(mixed, 100))
half = Vec.__new__(Vec)
half.x = 5
try:
    total([vs[0], half])
except AttributeError as e:
    print("AttributeError:", e)
del vs[1].y
try:
    total(vs[:3])
except AttributeError as e:
    print("AttributeError:", e)
vs[1].y = 0
Vec.x = property(lambda self: 100)
print(total(vs[:2]))
try:
    vs[0].x = 1
except AttributeError as e:
    print("AttributeError:", e)
