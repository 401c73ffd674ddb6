# reprs of containers, recursive structures, exceptions and numbers; float rounding and arithmetic corners
from collections import defaultdict, OrderedDict, Counter, deque, namedtuple, UserDict, UserList, UserString
import types, enum
l = [1]; l.append(l); d = {"a": 1}; d["self"] = d
print(l, d, repr(deque([l])), str(OrderedDict(a=l)))
print({1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), reversed({1: 2}.items()) is not None, frozenset({3, 1}), set(), frozenset(), {()}, {(1,)})
dd = defaultdict(list); dd["x"].append(1); print(dd, defaultdict(None), defaultdict(dd.default_factory))
print(types.SimpleNamespace(a=1, b=[2]), types.MappingProxyType({"k": 1}), range(0), range(1, 10, 2), slice(None), slice(1, None, -1))
print(UserDict(a=1), UserList([1, 2]), UserString("xy"), UserList([1]) + [2], UserString("ab").upper())
print(type(None), type(...), ..., NotImplemented, type(NotImplemented), int, object, type, len, print.__self__.__name__ if hasattr(print, "__self__") else None)
print(iter([]).__class__.__name__, iter(()).__class__.__name__, iter("").__class__.__name__, iter({}).__class__.__name__, iter(range(3)).__class__.__name__, type({}.keys()).__name__, type(reversed([])).__name__)
print(type(zip()).__name__, type(map(int, [])).__name__, type(enumerate([])).__name__, type(x for x in []).__name__, type(lambda: 0).__name__, type(print).__name__, type([].append).__name__, type(str.upper).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(repr(1.0 * 10**16), repr(-0.0), repr(float("-inf")), 2 ** 62, -2 ** 63, 10 ** 30 // 7, (-7) // 2, -7 % 2, 7 % -2, -(2 ** 64) % 3, divmod(-7, 2), divmod(7.5, -2))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(1e300, 2), round(5, -1), round(15, -1), round(25, -1))
print(1 / 3, 2 / 3, 10 / 3, 1e-5 / 3, 123456789 * 1.1, 0.1 * 3, 1.1 + 2.2, 3.3 * 3, 100 * 1.1, 4.35 * 100, 1e308 * 10, -1e308 * 10, float("nan") == float("nan"))
print(int(1e20), int(-1.9), int("-0"), float("  -1.5e3 "), float("inf"), float("-nan"), 1.0.hex(), float.fromhex("0x1.8p1"), (0.1).as_integer_ratio(), 3.0.is_integer())
print(True + True, True * 3, -True, ~True, True & False, True | 2, True ^ True, int(True), str(False), bool("False"), bool([]), bool(0.0), bool(-0.0), bool(0j))
print(0 or "", [] or {} or 0, 1 and 2, 0 and 1, None or "d", not [], not [0], 3 > 2 > 1, 1 < 2 > 3, 1 == 1.0 == True, "a" < "b" < "c", (1, 2) < (1, 3), [1, [2]] == [1, [2]])
print(5 // 0.3, 5 % 0.3, -5 // 0.3, 2 ** -1, (-8) ** (1 / 3), pow(-8, 1/3), pow(2, -2), pow(3, 4, 5), pow(3, -1, 7), 0 ** 0, 0.0 ** 0, abs(-3 + 4j), (1 + 2j).conjugate(), 1j ** 2)
print(hex(-255), oct(-8), bin(-5), int("-0b11", 0), format(-255, "#x"), f"{-255:x}", (-5).bit_length(), (255).to_bytes(2, "little"), int.from_bytes(b"\xff", "big", signed=True), (7).bit_count())
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), list({3: 0, 1: 0, 2: 0}), {**{"a": 1}, "b": 2, **{"a": 3}}, dict.fromkeys("ab", 0), {1: "a", True: "b", 1.0: "c"})
x = {"a": [1, 2], "b": {"c": (3, 4)}}
a, (b, c) = 1, (2, 3); first, *mid, last = range(5); (p, q), r = "ab", "c"
print(a, b, c, first, mid, last, p, q, r, [*range(3), *"ab"], {*range(3)}, {**x}, (*"ab",))
print(str(Exception("a", 1)), repr(Exception("a", 1)), str(Exception()), repr(Exception()), str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(ValueError("x")), str(OSError(2, "No such file")), repr(OSError(2, "nf", "f.txt")), str(OSError(2, "nf", "f.txt")))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")), repr(StopIteration(5)), str(SyntaxError("bad", ("f.py", 1, 2, "x y"))), repr(SystemExit(1)), str(FileNotFoundError(2, "x")), type(FileNotFoundError(2, "x")).__name__, type(OSError(2, "x")).__name__)
class Color(enum.Enum):
    RED = 1
print([Color.RED], {Color.RED: 1}, (Color.RED,), str([Color.RED]), f"{[Color.RED]}")
NT = namedtuple("NT", ["a", "b"])
print(NT(1, [2]), [NT(1, 2)], NT(1, 2)._asdict(), NT._make([3, 4]), NT(1, 2) == (1, 2), NT(a=1, b=2)[1])
print(object.__repr__(l)[:8], str(type("Dyn", (), {})), type("Dyn", (object,), {"__repr__": lambda s: "dyn!"})(), repr(type("X", (int,), {})(5)))
class Temp:
    def __init__(self, c): self.c = c
    def __repr__(self): return f"Temp({self.c!r})"
    def __str__(self): return f"{self.c}°C"
t = Temp(21.5)
print(t, [t], (t,), {t: t}, {t}, str(t), repr(t), f"{t}", f"{t!r}", "%s %r" % (t, t), "{} {!r}".format(t, t), [str(t)])
