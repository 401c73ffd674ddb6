# sys.exception, generic NamedTuple, TypedDict/Annotated hints with include_extras, dataclass kw_only fields and match_args, enum _ignore_/aliases/flags/extension errors
import sys, typing, dataclasses, enum
from typing import *
def f():
    try:
        raise ValueError("v")
    except ValueError:
        return sys.exception()
print(repr(f()), sys.exception())
T = TypeVar('T')
class G(NamedTuple, Generic[T]):
    x: T
    y: int = 0
print(G[int], G[int](1), G.__parameters__)
class TD(TypedDict):
    a: Required[Annotated[int, "m"]]
    b: NotRequired[str]
print(get_type_hints(TD), get_type_hints(TD, include_extras=True))
def g(x: Optional[Annotated[int, "m"]] = None, y: "Annotated[List[int], 1]" = None): ...
print(get_type_hints(g), get_type_hints(g, include_extras=True))
print(get_type_hints(G))
@dataclasses.dataclass
class A:
    x: int
    y: int = dataclasses.field(kw_only=True, default=0)
    z: int = 5
print(A.__match_args__, A(1, 2, y=3), A.__init__.__doc__ if False else '')
@dataclasses.dataclass
class B(A):
    w: int = 9
print(B.__match_args__, B(1), [f.name for f in dataclasses.fields(B)])
try:
    @dataclasses.dataclass
    class Bad:
        x: dict = dataclasses.field(default={})
except ValueError as e: print(e)
class E(enum.Enum):
    _ignore_ = ['tmp']
    A = 1
    tmp = 5
print(list(E), hasattr(E, 'tmp'))
class Base(enum.Enum):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__)
        super().__init_subclass__(**kw)
class Sub(Base):
    X = 1
class Fl(enum.Flag):
    A = 1
    B = 2
    C = A | B
print(list(Fl), list(Fl.C), Fl.C.name, repr(Fl(3)), [m.name for m in Fl.__members__.values()])
class Col(enum.Enum):
    RED = 1
    CRIMSON = 1
print(Col.CRIMSON, Col.__members__, Col(1), len(Col))
try:
    Col.RED = 3
except AttributeError as e: print(e)
try:
    del Col.RED
except AttributeError as e: print(e)
try:
    class Ext(Col): pass
except TypeError as e: print(e)
try:
    enum.Enum('Dup', 'A A')
except TypeError as e: print(e)
Dyn = enum.Enum('Dyn', 'X Y Z', start=10)
print(list(Dyn), Dyn.X.value, repr(Dyn), Dyn.__module__ if False else '')
IF = enum.IntFlag('IF', ['R', 'W'])
print(repr(IF.R | IF.W), IF(8), repr(IF(8)))
