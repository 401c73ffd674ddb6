# dataclass() and make_dataclass() errors and edge cases, with CPython 3.11's messages.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, KW_ONLY, InitVar, is_dataclass
import dataclasses
def t(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
def frozen_mix():
    @dataclass(frozen=True)
    class A: a: int
    @dataclass
    class B(A): b: int
def frozen_mix2():
    @dataclass
    class A: a: int
    @dataclass(frozen=True)
    class B(A): b: int
def order_over():
    @dataclass(order=True)
    class A:
        a: int
        def __lt__(self, o): return True
def hash_over():
    @dataclass(unsafe_hash=True)
    class A:
        a: int
        def __hash__(self): return 1
def slots_twice():
    @dataclass(slots=True)
    class A:
        __slots__ = ('a',)
        a: int
def both_defaults():
    return field(default=1, default_factory=list)
def mutable_dict():
    @dataclass
    class A: a: dict = {}
def mutable_set():
    @dataclass
    class A: a: set = set()
def kw_twice():
    @dataclass
    class A:
        a: int
        _: KW_ONLY
        b: int = 0
        __: KW_ONLY
def replace_noinit():
    @dataclass
    class A:
        a: int
        b: int = field(init=False, default=3)
    return replace(A(1), b=2)
def replace_initvar():
    @dataclass
    class A:
        a: int
        iv: InitVar[int]
        def __post_init__(self, iv): pass
    return replace(A(1, 2), a=3)
def replace_unknown():
    @dataclass
    class A: a: int
    return replace(A(1), z=2)
def post_missing():
    @dataclass
    class A:
        a: int
        iv: InitVar[int] = 0
        def __post_init__(self): pass
    return A(1)
def no_annotation_field():
    @dataclass
    class A:
        a = field(default=1)
def eq_other():
    @dataclass
    class A: a: int
    @dataclass
    class B: a: int
    return A(1) == B(1), A(1) != B(1)
def compare_tuple():
    @dataclass(order=True)
    class A: a: int
    return A(1) < A(2), A(2) >= A(2)
def hash_frozen_eq():
    @dataclass(frozen=True, eq=False)
    class A: a: int
    return A.__hash__ is object.__hash__
def dc_default_repr():
    @dataclass
    class A:
        a: int = field(default=1, repr=False)
        b: str = 'x'
    return repr(A())
def nested_asdict():
    @dataclass
    class In: x: list
    @dataclass
    class Out: i: In; t: tuple; d: dict
    o = Out(In([1, (2, 3)]), (In([]),), {'k': In([4])})
    return asdict(o), astuple(o)
def asdict_factory():
    @dataclass
    class A: a: int; b: int
    return asdict(A(1, 2), dict_factory=lambda kv: list(kv))
t("frozen from non-frozen", frozen_mix)
t("non-frozen from frozen", frozen_mix2)
t("order overwrite", order_over)
t("hash overwrite", hash_over)
t("slots twice", slots_twice)
t("both defaults", both_defaults)
t("mutable dict", mutable_dict)
t("mutable set", mutable_set)
t("kw twice", kw_twice)
t("replace noinit", replace_noinit)
t("replace initvar", replace_initvar)
t("replace unknown", replace_unknown)
t("post missing", post_missing)
t("field no annotation", no_annotation_field)
t("eq other", eq_other)
t("compare", compare_tuple)
t("hash frozen eq", hash_frozen_eq)
t("repr false", dc_default_repr)
t("nested asdict", nested_asdict)
t("asdict factory", asdict_factory)
t("asdict non-dc", lambda: asdict(1))
t("fields non-dc", lambda: fields(int))
t("astuple class", lambda: astuple(dataclasses.dataclass(type('Q', (), {}))))
t("is_dataclass", lambda: (is_dataclass(int), is_dataclass(dataclass(type('R', (), {})))))
t("field repr", lambda: repr(field(default=1))[:40])
t("make_dataclass bad", lambda: dataclasses.make_dataclass('X', ['a', 'a']))
t("make_dataclass kw", lambda: dataclasses.make_dataclass('X', [('a', int)], frozen=True, bases=(object,))(1))
