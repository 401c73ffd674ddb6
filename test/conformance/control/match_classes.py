# Class patterns: keywords, positional via __match_args__, self-matching builtins.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point3(x, y, z=0):
            return f"3d flat {x} {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point3(1, 2, 0), Point(4, 4), Point3(4, 4, 1), Point(1, 2), (1, 2)]:
    print(p, "->", where(p))

def builtin(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple {t}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set {s}"
        case frozenset(s):
            return f"frozenset {sorted(s)}"
        case _:
            return "something else"

for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 2}, {3}, frozenset([4]), None]:
    print(repr(v), "->", builtin(v))

class MyInt(int):
    pass

match MyInt(5):
    case int(v):
        print("int subclass binds itself:", v, type(v).__name__)

class WithArgs(int):
    __match_args__ = ("real",)

match WithArgs(6):
    case WithArgs(r):
        print("__match_args__ wins over self matching:", r)

# Keyword patterns look attributes up; a missing attribute is no match.
class Anything:
    pass

a = Anything()
a.name = "x"
match a:
    case Anything(other=1):
        print("no")
    case Anything(name=n):
        print("found name", n)

# Properties and class attributes count as attributes.
class Shape:
    sides = 4
    @property
    def area(self):
        return 12

match Shape():
    case Shape(sides=4, area=area):
        print("property", area)

# Dotted class names and nested class patterns.
import collections
Pair = collections.namedtuple("Pair", "left right")
match Pair(1, Point(2, 3)):
    case Pair(left, Point(x, y)):
        print("namedtuple", left, x, y)
    case _:
        print("no namedtuple match")

match [Point(1, 1), Point(2, 2)]:
    case [Point(x=x1), Point(y=y2)]:
        print("in a list", x1, y2)

# isinstance uses __instancecheck__ of the metaclass.
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"

class Magic(metaclass=Meta):
    pass

for v in ["magic", "plain"]:
    match v:
        case Magic():
            print(v, "is Magic")
        case _:
            print(v, "is not Magic")
