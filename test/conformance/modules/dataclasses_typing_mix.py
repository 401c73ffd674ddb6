# dataclasses: slots, KW_ONLY, unsafe_hash, frozen inheritance, asdict recursion, make_dataclass, pprint; typing hints and args
import dataclasses as dc, typing, pprint, enum, types, datetime
@dc.dataclass(slots=True)
class S:
    a: int
    b: list = dc.field(default_factory=list)
print(S(1), S.__slots__, S.__match_args__, hasattr(S(1), '__dict__'))
@dc.dataclass(eq=False, repr=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), 'object at' in repr(NoEq(1)))
@dc.dataclass(unsafe_hash=True)
class H:
    x: int
    y: int = dc.field(hash=False, default=0)
print(hash(H(1, 2)) == hash(H(1, 3)), H(1, 2) == H(1, 3))
@dc.dataclass
class Rec:
    name: str
    kids: list = dc.field(default_factory=list)
r = Rec('root'); r.kids.append(r); print(r)
@dc.dataclass
class A:
    x: int = 1
    _: dc.KW_ONLY
    y: int = 2
    z: int = dc.field(default=3, kw_only=False)
print(A(5, 6, y=7), [f.kw_only for f in dc.fields(A)])
@dc.dataclass(frozen=True)
class FB:
    x: int
try:
    @dc.dataclass
    class Child(FB):
        y: int = 0
except TypeError as e: print('TypeError', e)
@dc.dataclass(order=True)
class O:
    a: int
try: O(1) < 5
except TypeError as e: print('TypeError', e)
try:
    @dc.dataclass(order=True)
    class O2:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print('TypeError', e)
try: dc.asdict(5)
except TypeError as e: print('TypeError', e)
try: dc.fields(5)
except TypeError as e: print('TypeError', e)
@dc.dataclass
class P:
    pts: typing.List[typing.Tuple[int, int]]
    meta: dict
    when: datetime.date
print(dc.asdict(P([(1, 2)], {'k': [1, {'z': (3,)}]}, datetime.date(2020, 1, 1))), dc.astuple(P([(1, 2)], {}, None)))
f = dc.field(default=1, metadata={'unit': 'cm'}); print(repr(f)[:60], f.metadata['unit'], type(f.metadata).__name__)
C = dc.make_dataclass('C', ['a', ('b', int), ('c', int, 5)], namespace={'m': lambda self: self.a * 2}, frozen=True)
print(C(1, 2), C(2, 3).m(), C.__dataclass_params__ if False else '', dc.replace(C(1, 2), c=9))
@dc.dataclass
class Big:
    name: str = 'x' * 30
    values: list = dc.field(default_factory=lambda: list(range(25)))
    inner: Rec = dc.field(default_factory=lambda: Rec('leaf', [1, 2]))
pprint.pprint(Big(), width=50)
pprint.pprint([Big()], width=120)
class Col(enum.Enum):
    R = 1
pprint.pprint({'c': Col.R, 'ns': types.SimpleNamespace(a=1, b=[1, 2]), 'dt': datetime.datetime(2020, 1, 2, 3, 4)}, width=40)
pprint.pprint(types.SimpleNamespace(alpha='a' * 30, beta=list(range(20)), gamma={'x': 1}), width=40)
print(typing.get_type_hints(P), dc.fields(P)[0].type)
T = typing.Annotated[int, 'meta']
def g(x: T, y: 'typing.Optional[str]' = None) -> None: ...
print(typing.get_type_hints(g), typing.get_type_hints(g, include_extras=True), typing.get_args(T), typing.get_origin(T))
print(typing.get_origin(int | str), typing.get_args(int | str), typing.get_args(typing.Callable[[int, str], bool]), typing.get_origin(typing.Callable[..., int]))
