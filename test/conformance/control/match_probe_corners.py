# match corners: class patterns with __match_args__ and keywords, builtins' self patterns, mapping **rest, sequence *rest, or-patterns, dataclass/namedtuple/enum subjects
from dataclasses import dataclass
from collections import namedtuple
from enum import Enum

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y

def f(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x, 0): return f"xaxis {x}"
        case Point(0, y=yy): return f"yaxis {yy}"
        case Point(x=1, y=y): return f"x1 {y}"
        case Point(): return "point"
        case _: return "other"
for p in [Point(0,0), Point(3,0), Point(0,4), Point(1,5), Point(2,2), 5]:
    print(f(p))

def g(v):
    match v:
        case int(x) if x > 10: return ("bigint", x)
        case bool(b): return ("bool", b)
        case int(x): return ("int", x)
        case str() as s: return ("str", s)
        case float(f): return ("float", f)
        case [int(a), str(b)]: return ("pair", a, b)
        case (1, *rest): return ("one-rest", rest)
        case [*init, 9]: return ("ends9", init)
        case {"k": v, **rest}: return ("map", v, rest)
        case {}: return "emptymap-like"
        case _: return "?"
for v in [True, 5, 50, "s", 1.5, [1, "a"], (1, 2, 3), [4, 5, 9], {"k": 1, "z": 2}, {"a": 1}, None]:
    print(g(v))

@dataclass
class D:
    a: int
    b: str = "x"
print(D.__match_args__)
match D(1, "q"):
    case D(1, b): print("D", b)

NT = namedtuple("NT", "p q")
match NT(1, 2):
    case NT(q=2, p=p): print("NT", p)
match NT(3, 4):
    case (a, b): print("seq", a, b)

class Color(Enum):
    RED = 1
    GREEN = 2
for c in [Color.RED, Color.GREEN, 1]:
    match c:
        case Color.RED: print("red")
        case Color.GREEN: print("green")
        case _: print("nope")

def h(x):
    match x:
        case 1 | 2 | 3: return "small"
        case [a, b] | (a, b, _): return f"ab {a} {b}"
        case {"x": a} | {"y": a}: return f"xy {a}"
        case str(a) | bytes(a): return f"sb {a!r}"
    return "none"
for x in [2, [1,2], (1,2,3), {"y": 7}, b"q", "s", 9]:
    print(h(x))

match "abc":
    case [*_]: print("str is seq?")
    case _: print("str not seq")
match b"ab":
    case [a, b]: print("bytes seq?")
    case _: print("bytes not seq")
match bytearray(b"ab"):
    case [a, b]: print("bytearray seq?")
    case _: print("bytearray not seq")
import collections
match collections.deque([1,2]):
    case [a, b]: print("deque", a, b)
match range(3):
    case [0, *r]: print("range", r)
match {"a": 1}:
    case {"a": 1, **r}: print("r", r, type(r))
