# subclassing builtins (int, str, tuple, dict, list), __new__, cooperative super with kwargs, copy/deepcopy
import copy
from collections import UserDict, UserList, OrderedDict


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"{float(self):.1f}°C"

    def __add__(self, other):
        return Celsius(float(self) + other)

    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32


class Upper(str):
    def __new__(cls, s=""):
        return super().__new__(cls, s.upper())

    def __getitem__(self, i):
        return Upper(super().__getitem__(i))


class Money(int):
    def __str__(self):
        return f"${self // 100}.{self % 100:02d}"


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    x = property(lambda self: self[0])
    y = property(lambda self: self[1])

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)


class DefaultList(list):
    def __init__(self, *a, default=None):
        super().__init__(*a)
        self.default = default

    def __getitem__(self, i):
        try:
            return super().__getitem__(i)
        except IndexError:
            return self.default


class Missing(dict):
    def __missing__(self, key):
        v = self[key] = len(key)
        return v


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


class Stack(UserList):
    def push(self, x):
        self.append(x)
        return self


t = Celsius(21.5)
print(t, repr(t + 1), t.fahrenheit, isinstance(t, float), type(t + 1).__name__, type(t * 2).__name__, t == 21.5)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
u = Upper("hello")
print(u, u[1:3], type(u[0]).__name__, u + "x", type(u + "x").__name__, u.lower(), type(u.lower()).__name__, len(u))
m = Money(12345)
print(m, repr(m), m + 1, type(m + 1).__name__, f"{m}", f"{m!r}", "%s %d" % (m, m), str(Money(5)))
p = Point(1, 2) + Point(3, 4)
print(p, p.x, p.y, type(p).__name__, isinstance(p, tuple), p == (4, 6), hash(p) == hash((4, 6)), len(p))
dl = DefaultList([1, 2], default=0)
print(dl[0], dl[5], dl, dl + [3], type(dl + [3]).__name__, dl.default, dl[::-1])
md = Missing(a=1)
print(md["hello"], md, md.get("zz"), "zz" in md)
ld = LowerDict({"A": 1})
ld["B"] = 2
print(ld, ld["a"], "b" in ld, "B" in ld, dict(ld), len(ld), list(ld))
s = Stack([1]).push(2).push(3)
print(s, s[-1], type(s[:2]).__name__, s.pop(), s)


class Base:
    def __init__(self, **kw):
        print(f"  Base.__init__ leftovers={kw}")
        super().__init__()


class Named(Base):
    def __init__(self, name, **kw):
        self.name = name
        print(f"  Named.__init__ {name}")
        super().__init__(**kw)


class Aged(Base):
    def __init__(self, age, **kw):
        self.age = age
        print(f"  Aged.__init__ {age}")
        super().__init__(**kw)


class Person(Named, Aged):
    def __init__(self, **kw):
        print("  Person.__init__")
        super().__init__(**kw)

    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"


print([c.__name__ for c in Person.__mro__])
p1 = Person(name="ann", age=30)
print(p1)
try:
    Person(name="x", age=1, extra=2)
except TypeError as e:
    print("TypeError:", e)


class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
        self.parent = None
        for c in self.children:
            c.parent = self

    def __repr__(self):
        return f"Node({self.val}, {self.children})"

    def __copy__(self):
        print("  custom __copy__")
        new = Node(self.val)
        new.children = self.children
        return new


tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
deep.children[1].children[0].val = 99
print(tree, shallow.children is tree.children, deep, deep.children[0].parent is deep)
od = OrderedDict(a=1, b=2)
print(copy.deepcopy([od, {"k": [1, {2}]}]), copy.copy(OrderedDict(z=1)), copy.deepcopy(Celsius(3)))
print(int.__add__(Money(1), 2), str.upper(Upper("q")), super(Money, m).__str__(), Money.__mro__)
