# match at run time: bad __match_args__, too many positional sub-patterns, non-class called patterns, __missing__ not used, guards binding
class A:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1
class B:
    __match_args__ = ["a"]
class C:
    __match_args__ = ("a", "b")
    a = 1
for src, v in [("A(1, 2)", "A()"), ("B(1)", "B()"), ("C(a=1, a=1)", "C()"), ("C(1, a=1)", "C()"), ("int(1, 2)", "5"), ("C(1, 2)", "C()")]:
    code = f"match {v}:\n case {src}: print('hit')\n case _: print('miss')\n"
    try:
        exec(code)
    except Exception as e:
        print(type(e).__name__, e)
class D: pass
try:
    match 3:
        case D(1): pass
except TypeError as e: print(e)
try:
    match 3:
        case len(): pass
except TypeError as e: print(e)
class E:
    __match_args__ = (1,)
    pass
try:
    match E():
        case E(x): pass
except TypeError as e: print(e)
m = {"a": 1}
class M(dict):
    def __missing__(self, k): return 99
match M(a=1):
    case {"b": x}: print("missing used", x)
    case _: print("no missing")
import collections.abc
class Seq(collections.abc.Sequence):
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
match Seq():
    case [a, b]: print("Seq", a, b)
class Mp(collections.abc.Mapping):
    def __len__(self): return 1
    def __iter__(self): return iter(["q"])
    def __getitem__(self, k):
        if k == "q": return 5
        raise KeyError(k)
match Mp():
    case {"q": v, **rest}: print("Mp", v, rest)
x = 5
match 5:
    case x if x > 3: print("guard", x)
print(x)
match (1, 2):
    case (a, b) if a > b: print("no")
    case (a, b): print("yes", a, b)
match 1:
    case 1.0: print("1.0 matches 1")
match True:
    case 1: print("True matches 1")
match 1:
    case True: print("1 matches True")
    case _: print("1 not True")
match 0.0:
    case -0.0: print("zero")
match float('nan'):
    case _ if True: print("nan fallthrough")
