# Enum class-body rules, functional API, flags' pseudo-members and errors; a class nested in an enum body warns (3.11).
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum
def t(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
def sunder():
    class E(Enum):
        _foo_ = 1
def order_bad():
    class E(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
def order_ok():
    class E(Enum):
        _order_ = 'A B'
        A = 1
        B = 2
    return list(E)
def nested_class():
    class E(Enum):
        A = 1
        class Inner: pass
    return list(E), E.Inner
def private():
    class E(Enum):
        A = 1
        __p = 2
    return list(E), E.__members__.keys()
def auto_after():
    class E(Enum):
        A = auto()
        B = 10
        C = auto()
    return [(m.name, m.value) for m in E]
def auto_str():
    class E(StrEnum):
        ALPHA = auto()
        Beta = auto()
    return list(E), [m.value for m in E]
def missing_wrong():
    class E(Enum):
        A = 1
        @classmethod
        def _missing_(cls, v): return 5
    return E(2)
def missing_none():
    class E(Enum):
        A = 1
        @classmethod
        def _missing_(cls, v): return None
    return E(2)
def func_api():
    E = Enum('E', 'A B C', start=10, module=__name__, qualname='Q.E')
    return list(E), E.__qualname__, E.__module__
def func_api_type():
    E = Enum('E', {'X': 1, 'Y': 2}, type=int)
    return E.X + 1, isinstance(E.X, int)
def func_dup():
    return Enum('E', 'A A')
def reassign():
    class E(Enum):
        A = 1
        A = 2
def intflag_ops():
    class P(IntFlag):
        R = 4
        W = 2
        X = 1
    return P.R | P.W, P(7), ~P.R, P(0), P.R | 8, list(P(7)), P.R ^ P.W, -P.R, P.R + 1, P(7).name
def flag_pseudo():
    class C(Flag):
        A = auto(); B = auto(); C = auto()
        AB = A | B
    return list(C), list(C.AB), C(3), C.AB is C(3), repr(C(5)), C.A in C(5), C(0).name
def flag_contains_bad():
    class C(Flag):
        A = 1
    return 1 in C.A
def enum_contains():
    class E(Enum):
        A = 1
    return E.A in E, 1 in E
def enum_iter_alias():
    class E(Enum):
        A = 1
        B = 1
        C = 2
    return list(E), list(E.__members__.items()), E(1), E.B.name
def enum_dir():
    class E(Enum):
        A = 1
        def meth(self): pass
    return dir(E), dir(E.A)
def enum_bool():
    class E(Enum):
        Z = 0
        A = 1
    return bool(E.Z), bool(E.A)
def intenum_str():
    class E(IntEnum):
        A = 1
    return str(E.A), format(E.A, '>3'), f"{E.A:x}", repr(E.A), E.A.real
def hashing():
    class E(Enum):
        A = [1]
    return E([1]), E.A.value
def member_attr_set():
    class E(Enum):
        A = 1
    E.A.extra = 2
    return E.A.extra
def value_set():
    class E(Enum):
        A = 1
    E.A.value = 2
def members_proxy():
    class E(Enum):
        A = 1
    E.__members__['B'] = 2
def subclass_with_members():
    class E(Enum):
        A = 1
    class F(E): pass
def unique_dec():
    @enum.unique
    class E(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
def e_global():
    return enum.global_enum
t("sunder", sunder)
t("order bad", order_bad)
t("order ok", order_ok)
t("nested class", nested_class)
t("private", private)
t("auto after", auto_after)
t("auto str", auto_str)
t("missing wrong", missing_wrong)
t("missing none", missing_none)
t("func api", func_api)
t("func api type", func_api_type)
t("func dup", func_dup)
t("reassign", reassign)
t("intflag ops", intflag_ops)
t("flag pseudo", flag_pseudo)
t("flag contains bad", flag_contains_bad)
t("enum contains", enum_contains)
t("iter alias", enum_iter_alias)
t("dir", enum_dir)
t("bool", enum_bool)
t("intenum str", intenum_str)
t("unhashable", hashing)
t("member attr set", member_attr_set)
t("value set", value_set)
t("members proxy", members_proxy)
t("subclass with members", subclass_with_members)
t("unique dec", unique_dec)
