# the keys of a class __dict__, in order: what type.__new__ adds and where
import dataclasses, enum, typing, abc, collections
class A:
    """doc"""
    b = 1
    def a(self): pass
print(list(vars(A)))
class B(A):
    c = 2
print(list(vars(B)))
class E:
    def __eq__(self, o): return True
print(list(vars(E)))
class S:
    __slots__ = ("x", "y")
print(list(vars(S)))
class SD:
    __slots__ = ("x", "__dict__")
print(list(vars(SD)))
class SW:
    __slots__ = ("__weakref__",)
print(list(vars(SW)))
class WithNew:
    def __new__(cls): return super().__new__(cls)
    def __init_subclass__(cls): pass
    def __class_getitem__(cls, k): pass
print(list(vars(WithNew)), type(vars(WithNew)["__new__"]).__name__, type(vars(WithNew)["__init_subclass__"]).__name__, type(vars(WithNew)["__class_getitem__"]).__name__)
class Ann:
    x: int
    y: str = "s"
print(list(vars(Ann)), Ann.__annotations__)
@dataclasses.dataclass
class DC:
    a: int
    b: int = 0
print(list(vars(DC)))
@dataclasses.dataclass(frozen=True, order=True)
class DCF:
    a: int
print(list(vars(DCF)))
@dataclasses.dataclass(slots=True)
class DCS:
    a: int
print(list(vars(DCS)))
class Col(enum.Enum):
    R = 1
    G = 2
print([k for k in vars(Col) if not k.startswith("_") or k in ("__new__", "__doc__", "__module__")])
NT = collections.namedtuple("NT", "a b")
print(list(vars(NT)))
class TNT(typing.NamedTuple):
    a: int
    b: str = ""
print(list(vars(TNT)))
class AB(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
print(list(vars(AB)))
class Meta(type):
    @classmethod
    def __prepare__(m, n, b):
        return {"pre": 1}
class MM(metaclass=Meta):
    z = 1
print(list(vars(MM)))
Dyn = type("Dyn", (), {"k": 1, "__doc__": "d"})
print(list(vars(Dyn)))
class Mangled:
    __private = 1
    __dunder__ = 2
    _single = 3
print(list(vars(Mangled)))
def f():
    class Local:
        x = 1
    return Local
print(list(vars(f())))
print(len(vars(int)) > 10, "__dict__" in vars(type))
AB.register(int)
print(type(AB._abc_impl).__name__, issubclass(int, AB))
AB._abc_registry_clear(); AB._abc_caches_clear()
print(issubclass(int, AB))
print(DC.__dataclass_params__, DCF.__dataclass_params__.frozen, type(DC.__dataclass_params__).__name__)

T=typing.TypeVar('T')
class G(typing.NamedTuple, typing.Generic[T]):
    a: T
print(G[int], G(1), G.__bases__, G.__orig_bases__[1], G.__parameters__)
try:
    class B(typing.NamedTuple, int): pass
except TypeError as e: print(e)
for attr in ("_fields", "__slots__", "_make", "__new__"):
    try:
        exec(f"class B(typing.NamedTuple):\n    a: int\n    {attr} = 1\n")
    except AttributeError as e: print(e)
class Q(typing.NamedTuple):
    a: int
    def f(self): return "f"
print(Q.__qualname__, Q.__bases__, len(Q.__orig_bases__), Q(1).f(), Q.__module__)
class R(Q):
    pass
print(R(2), R.__mro__)
