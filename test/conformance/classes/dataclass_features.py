# dataclasses: field options, order/frozen/eq/unsafe_hash/slots/kw_only/match_args
from dataclasses import dataclass, field, fields, KW_ONLY, FrozenInstanceError, MISSING, InitVar, replace, asdict, astuple, is_dataclass
from typing import ClassVar
@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)
    hidden: int = field(default=9, init=False)
print(P(1), P(1, 2) < P(1, 3), sorted([P(3), P(1, 5), P(1, 2)]), P(1) == P(1, tags=[1]))
print(P.__match_args__, [f.name for f in fields(P)], fields(P)[2].default_factory is list, fields(P)[0].default is MISSING)
try: P(1) < 5
except TypeError as e: print('TypeError:', e)
@dataclass(frozen=True)
class F:
    a: int
    b: str = 'b'
f = F(1)
try: f.a = 2
except FrozenInstanceError as e: print('FrozenInstanceError:', e, isinstance(e, AttributeError))
try: del f.b
except FrozenInstanceError as e: print('FrozenInstanceError:', e)
print(hash(f) == hash((1, 'b')), replace(f, a=5), f)
try: replace(f, c=1)
except TypeError as e: print('TypeError:', e)
@dataclass(eq=False)
class NE:
    v: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)
@dataclass
class EqOnly:
    v: int
print(EqOnly.__hash__)
@dataclass(unsafe_hash=True)
class UH:
    v: int
    w: int = field(hash=False)
print(hash(UH(1, 2)) == hash(UH(1, 3)))
@dataclass(slots=True)
class SL:
    a: int
    b: int = 2
print(SL.__slots__, SL(1), hasattr(SL(1), '__dict__'))
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 1
print(KW(a=1), KW.__match_args__)
try: KW(1)
except TypeError as e: print('TypeError:', e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(Mixed(1, b=2), Mixed.__match_args__)
@dataclass(match_args=False)
class NoMA:
    a: int
print(hasattr(NoMA, '__match_args__'))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print('TypeError:', e)
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e: print('ValueError:', e)
@dataclass
class CV:
    count: ClassVar[int] = 0
    x: int = 1
print([f.name for f in fields(CV)], CV())
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.a *= scale
print(WithInit(3), WithInit(3, 10), [f.name for f in fields(WithInit)])
try: P()
except TypeError as e: print('TypeError:', e)
try: P(1, 2, [], 4)
except TypeError as e: print('TypeError:', e)
print(is_dataclass(P), is_dataclass(P(1)), is_dataclass(int))
try: fields(5)
except TypeError as e: print('TypeError:', e)
try:
    @dataclass(order=True)
    class O2:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print('TypeError:', e)
try:
    @dataclass(frozen=True)
    class FrozenSub(P): pass
except TypeError as e: print('TypeError:', e)
print(repr(field(default=1))[:30])
