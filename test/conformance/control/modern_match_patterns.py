# match: every pattern kind (literal, capture, value, sequence with star, mapping with **rest, class with __match_args__/keywords, OR, AS, guards) on dataclasses, namedtuples, enums
from dataclasses import dataclass
from collections import namedtuple
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

P3 = namedtuple('P3', 'a b c')

class K:
    __match_args__ = ('a', 'b')
    def __init__(self, a, b): self.a = a; self.b = b

def f(v):
    match v:
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case True:
            return "true"
        case None:
            return "none"
        case -3:
            return "neg3"
        case 1.5:
            return "1.5"
        case 2+3j:
            return "cplx"
        case "abc" "def":
            return "concat"
        case b"xy":
            return "bytes"
        case Color.RED:
            return "red"
        case [1, *rest] if len(rest) > 2:
            return f"list1 rest={rest}"
        case [x, y, *_, z]:
            return f"seq x={x} y={y} z={z}"
        case (a, b):
            return f"pair {a} {b}"
        case {"k": 1, **rest}:
            return f"map rest={rest}"
        case {"k": [int(n), str(s)]}:
            return f"map nested {n} {s}"
        case Point(x=0, y=yy):
            return f"point on y axis {yy}"
        case Point(xx, 0):
            return f"point on x axis {xx}"
        case P3(1, b, c=cc):
            return f"P3 {b} {cc}"
        case K(1, b=2):
            return "K12"
        case K(a, b) if a > b:
            return f"K a>b {a} {b}"
        case int(n) | float(n):
            return f"num {n!r}"
        case str() as s:
            return f"str {s}"
        case tuple((p, q)):
            return "tuple?"
        case dict():
            return "dict"
        case _:
            return "other"

for v in [0, 1, True, None, -3, 1.5, 2+3j, "abcdef", b"xy", Color.RED, Color.GREEN,
          [1, 2, 3, 4], [1, 2, 3], [5, 6], (7, 8), [9], {"k": 1, "z": 2}, {"k": [3, "s"]},
          {"j": 1}, Point(0, 5), Point(4, 0), Point(1, 1), P3(1, 2, 3), K(1, 2), K(5, 3), K(1, 3),
          99, 2.5, "str", (1,), bytearray(b"xy"), set(), "ab", range(3), {}]:
    print(type(v).__name__ if isinstance(v, K) else repr(v), "->", f(v))

# mapping with get semantics: defaultdict should not create keys
from collections import defaultdict
d = defaultdict(int)
match d:
    case {"a": _}:
        print("matched")
    case _:
        print("no", dict(d))

# str/bytes are not sequences
match "ab":
    case [a, b]:
        print("seq")
    case _:
        print("not seq")

# sequence match on iterator-like custom Sequence
import collections.abc
class MySeq(collections.abc.Sequence):
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
match MySeq():
    case [a, *b]:
        print("myseq", a, b)

# star in middle
match list(range(10)):
    case [first, *mid, last]:
        print(first, mid, last)
match (1, 2):
    case [*all_]:
        print(all_, type(all_))
