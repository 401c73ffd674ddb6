# inspect on classes and methods: signature, getmembers, isabstract, getmro, classify, bound/unbound
import inspect, abc, functools, dataclasses
class A:
    def __init__(self, x, y=1, *args, z, **kw): pass
    def m(self, a, /, b): pass
    @classmethod
    def c(cls, q): pass
    @staticmethod
    def s(r=2): pass
    @property
    def p(self): return 1
print(inspect.signature(A), inspect.signature(A.m), inspect.signature(A(1, z=2).m), inspect.signature(A.c), inspect.signature(A.s))
class WithNew:
    def __new__(cls, a, b=2): return super().__new__(cls)
print(inspect.signature(WithNew))
class Meta(type):
    def __call__(cls, k): return super().__call__()
class WithMeta(metaclass=Meta): pass
print(inspect.signature(WithMeta))
class Sig:
    __signature__ = inspect.Signature([inspect.Parameter("v", inspect.Parameter.POSITIONAL_OR_KEYWORD)])
print(inspect.signature(Sig))
class Call:
    def __call__(self, n, *, flag=False): pass
print(inspect.signature(Call()))
print(inspect.signature(functools.partial(A.m, None)))
@dataclasses.dataclass
class DC:
    a: int
    b: str = "x"
print(inspect.signature(DC))
class Empty: pass
print(inspect.signature(Empty))
print([n for n, _ in inspect.getmembers(A) if not n.startswith("__")], [n for n, _ in inspect.getmembers(A, inspect.isfunction)])
print(inspect.isabstract(abc.ABC), inspect.isclass(A), inspect.ismethod(A(1, z=2).m), inspect.ismethod(A.m), inspect.isfunction(A.m), inspect.isdatadescriptor(A.p), inspect.ismethoddescriptor(A.__dict__["c"]))
class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
print(inspect.isabstract(Abs), inspect.getmro(A), [a.name for a in inspect.classify_class_attrs(A) if not a.name.startswith("__")], [a.kind for a in inspect.classify_class_attrs(A) if not a.name.startswith("__")])
print(type(inspect.getattr_static(A(1, z=2), "p")).__name__, type(inspect.getattr_static(A, "c")).__name__)
print(inspect.getdoc(A), inspect.getdoc(DC), inspect.getmodule(A).__name__)
try:
    inspect.signature(1)
except TypeError as e:
    print("TypeError", e)
print(inspect.signature(lambda a, b=[], *c, d: 0).parameters["b"].default, str(inspect.signature(A.__init__).replace(return_annotation=int)))
b = inspect.signature(A.m).bind(None, 1, b=2)
print(b.arguments, b.args, b.kwargs)
try:
    inspect.signature(A.m).bind(1)
except TypeError as e:
    print("TypeError", e)
import enum
class Col(enum.Enum):
    R = 1
    def m(self): pass
class WithMeta2(metaclass=type("M", (type,), {"meta_m": lambda cls: 1, "meta_attr": 5})):
    x = 1
for k in (A, Col, WithMeta2, int):
    print(k.__name__, [(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(k) if not a.name.startswith("__") or a.name in ("__init__", "__new__", "__add__")])
import types
class C:
    @types.DynamicClassAttribute
    def dyn(self): "dyn doc"; return "instance value"
    @dyn.setter
    def dyn(self, v): print("set", v)
print(C().dyn, isinstance(C.__dict__["dyn"], property), C.__dict__["dyn"].__doc__)
C().dyn = 3
try:
    C.dyn
except AttributeError as e:
    print("AttributeError", repr(e))
try:
    del C().dyn
except AttributeError as e:
    print("AttributeError", e)
class E(enum.Enum):
    A = 1
    name_ = 2
print(E.A.name, E.A.value, type(E.__dict__["name"] if "name" in E.__dict__ else enum.Enum.__dict__["name"]).__name__)
try:
    E.A.name = "x"
except AttributeError as e:
    print("AttributeError", e)
class V(enum.Enum):
    value = 1
    name = 2
print(V.value, V.name, V.value.value, V.name.name)
print([a.kind for a in inspect.classify_class_attrs(E) if a.name in ("name", "value")])
