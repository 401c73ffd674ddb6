# pprint: dataclasses (generated repr laid out as Name(field=value)), SimpleNamespace, mappingproxy, namedtuple
import pprint
import types
from collections import namedtuple
from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Shape:
    name: str
    points: list
    tags: dict = field(default_factory=dict)
    hidden: int = field(default=0, repr=False)

@dataclass(repr=False)
class NoRepr:
    a: list

@dataclass
class Custom:
    a: list
    def __repr__(self):
        return "Custom(" + "c" * 80 + ")"

@dataclass
class Empty:
    pass

@dataclass
class Node:
    value: int
    child: object = None

s = Shape("triangle " * 3, [Point(i, i * i) for i in range(5)], {"colour": "red", "size": list(range(12))})
for w in (80, 40, 20):
    pprint.pprint(s, width=w)
pprint.pprint(Point(1, 2), width=1)
pprint.pprint(Empty(), width=1)
pprint.pprint([Custom(list(range(3)))])
pprint.pprint({"shape": s}, width=50, indent=3)
pprint.pprint(s, depth=1, width=20)
n = Node(1)
n.child = Node(2, n)
pprint.pprint(n, width=10)
pprint.pprint([n, n], width=20)
print(pprint.saferepr(n), pprint.isreadable(n), pprint.isrecursive(n))
print(pprint.pformat(Point(3, 4)), pprint.isreadable(Point(3, 4)))

ns = types.SimpleNamespace(alpha=list(range(15)), beta="b" * 30, gamma=types.SimpleNamespace(x=1, y=[2] * 20))
for w in (80, 40):
    pprint.pprint(ns, width=w)
pprint.pprint(types.SimpleNamespace(), width=1)
class Sub(types.SimpleNamespace):
    pass
pprint.pprint(Sub(first="x" * 40, second="y" * 40))
r = types.SimpleNamespace(name="loop")
r.me = r
r.items = list(range(20))
pprint.pprint(r, width=40)

mp = types.MappingProxyType({"b": list(range(20)), "a": "text"})
for w in (80, 30):
    pprint.pprint(mp, width=w)
pprint.pprint(types.MappingProxyType({}), width=1)

P = namedtuple("P", "left right")
pprint.pprint(P(list(range(20)), "r" * 60))
pprint.pprint([P(1, 2)] * 6, width=20)
pprint.pprint(P(1, 2), width=1)
