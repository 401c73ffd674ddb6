# dataclasses: inheritance, asdict/astuple with nesting, recursive repr, post_init
from dataclasses import dataclass, field, asdict, astuple, fields
from collections import namedtuple, OrderedDict
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Child(Base):
    z: int = 2
    x: int = 10
print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
@dataclass
class Inner:
    v: list
    d: dict
@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    tup: tuple
NT = namedtuple('NT', 'a b')
o = Outer('o', Inner([1, [2]], {'k': Inner([], {})}), [Inner([3], {})], (NT(1, Inner([], {})), 2))
print(asdict(o))
print(astuple(o))
print(asdict(o, dict_factory=OrderedDict)['inner'])
d = asdict(o); d['inner']['v'].append(99); print(o.inner.v)
@dataclass
class Node:
    val: int
    nxt: 'Node' = None
n = Node(1); n.nxt = n
print(repr(n))
@dataclass
class LNode:
    children: list = field(default_factory=list)
a = LNode(); a.children.append(a)
print(a)
@dataclass
class PI:
    a: int
    b: int = field(init=False)
    def __post_init__(self): self.b = self.a * 2
print(PI(4))
@dataclass
class PIChild(PI):
    c: int = 0
    def __post_init__(self):
        super().__post_init__(); self.c = self.b + 1
print(PIChild(1))
@dataclass
class WithMethods:
    a: int
    def __repr__(self): return 'custom'
    def __eq__(self, o): return 'eq'
print(repr(WithMethods(1)), WithMethods(1) == 2)
class NotDC:
    a: int = 5
@dataclass
class FromPlain(NotDC):
    b: int = 6
print(FromPlain(), [f.name for f in fields(FromPlain)])
try: asdict(5)
except TypeError as e: print('TypeError:', e)
try: asdict(Base)
except TypeError as e: print('TypeError:', e)
print(Base.__init__.__qualname__, Base.__repr__.__qualname__, Base.__eq__.__qualname__)
import inspect
print(inspect.signature(Child))
@dataclass
class Defaults:
    a: int = field(default=1, metadata={'unit': 'cm'})
print(fields(Defaults)[0].metadata['unit'], type(fields(Defaults)[0].metadata).__name__)
from dataclasses import make_dataclass
MD = make_dataclass('MD', ['p', ('q', int), ('r', int, field(default=3))], namespace={'tot': lambda s: s.p + s.q + s.r})
print(MD(1, 2), MD(1, 2).tot())
