from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
from typing import List, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(1, 3), p == (1, 2), Point.__hash__, Point.__match_args__)
print(Point.__init__.__qualname__, Point.__doc__, [f.name for f in fields(p)], fields(Point)[1].default, asdict(p), astuple(p), replace(p, y=9))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(1), repr(fields(Point)[0].type))

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    tags: ClassVar[int] = 3
    secret: str = field(default='s', compare=False)

a = Inventory('a')
b = Inventory('a')
a.items.append('x')
print(a, b, a.items is not b.items, a == b, Inventory('q', ['z'], 1, 'w') == Inventory('q', ['z'], 1, 'other'), Inventory.tags, [f.name for f in fields(Inventory)])

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash((1, 2)), {v1: 'ok'}[Version(1, 2)], max(v1, v2))
try:
    v1.major = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3)
print(w, WithPost(3, 10), [f.name for f in fields(w)])

@dataclass
class Base:
    x: int
    y: str = 'base'
@dataclass
class Derived(Base):
    z: float = 1.5
    y: str = 'derived'
print(Derived(1), Derived(1, 'q', 2.0), [f.name for f in fields(Derived)])

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(KW(1, c=3), KW(0, b=2, c=5))

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class Hashed:
    v: int
    w: int = field(hash=False, default=0)
print(hash(Hashed(1, 5)) == hash((1,)))

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))
print(astuple(root))
Pt3 = make_dataclass('Pt3', [('x', int), 'z', ('y', int, field(default=0))])
print(Pt3(1, 2, 3), [f.name for f in fields(Pt3)])
class Plain:
    pass
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: replace(p, z=1), lambda: fields(1), lambda: asdict(1), lambda: Version(1) < Point(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        pass
except ValueError as e:
    print('ValueError', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError', e)
print(Inventory.__doc__)
print(WithPost.__doc__, KW.__doc__, Pt3.__doc__)
