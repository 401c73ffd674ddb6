# subclassing builtins: overridden methods and what builtin methods call back
class L(list):
    def __getitem__(self, i):
        print("L.__getitem__", i)
        return super().__getitem__(i)
    def append(self, x):
        print("L.append", x)
        super().append(x)
    def __len__(self):
        print("L.__len__")
        return super().__len__()
l = L([1, 2, 3])
print(l[0], len(l), list(l), sorted(l), l + [4], type(l + [4]).__name__, type(l[:1]).__name__)
l.extend([5])
l += [6]
print(l, type(l).__name__, repr(l), bool(l), 2 in l, l.index(2), max(l))
print(type(l * 2).__name__, type(l.copy()).__name__)
class D(dict):
    def __setitem__(self, k, v):
        print("D.__setitem__", k)
        super().__setitem__(k, v.upper() if isinstance(v, str) else v)
    def __getitem__(self, k):
        print("D.__getitem__", k)
        return super().__getitem__(k)
    def keys(self):
        print("D.keys")
        return super().keys()
d = D(a="x")
d["b"] = "y"
d.update(c="z")
d.setdefault("e", "w")
print(d, d.get("a"), dict(d), {**d}, d | {"f": 1}, type(d | {}).__name__, type(d.copy()).__name__)
print(dict(D(q=1)))
e = {}
e.update(D(k=1))
print(e)
class S(str):
    def __str__(self): return "S.__str__"
    def upper(self): return "overridden upper"
    def __len__(self): return 99
s = S("hello")
print(s, str(s), repr(s), f"{s}", "%s" % s, s.upper(), s.title(), len(s), s + "!", type(s + "!").__name__, type(s[1:]).__name__)
print(" ".join([s, "x"]), s == "hello", hash(s) == hash("hello"), {s: 1}["hello"], format(s), "{}".format(s))
class I(int):
    def __add__(self, o): return I(int(self) + int(o) + 1000)
    def __repr__(self): return f"I({int(self)})"
i = I(5)
print(i + 1, 1 + i, i * 2, type(i * 2).__name__, sum([i, i]), -i, type(-i).__name__, i == 5, hash(i), str(i), f"{i}", "%d" % i, i.bit_length(), I.from_bytes(b"\x01", "big"), type(I.from_bytes(b"\x01", "big")).__name__)
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        self.extra = a + b
t = T(1, 2)
print(t, t.extra, t[0], len(t), type(t[:1]).__name__, t + (3,), type(t + (3,)).__name__, t == (1, 2))
class Up(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Up("abc"), type(Up("abc")).__name__, Up("x").lower(), type(Up("x").lower()).__name__)
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(3), Pos("7") if False else Pos(7))
try:
    Pos(-1)
except ValueError as e:
    print("ValueError", e)
class F(float):
    def __new__(cls, v, unit="m"):
        o = super().__new__(cls, v)
        o.unit = unit
        return o
    def __repr__(self): return f"{float(self)}{self.unit}"
f = F(2.5, "cm")
print(f, f * 2, type(f * 2).__name__, round(f), f.is_integer(), F("1.5"))
class Set2(set):
    def add(self, x):
        print("add", x)
        super().add(x)
s2 = Set2([1, 2])
s2.add(3)
s2 |= {4}
print(sorted(s2), type(s2 | {5}).__name__, type(s2.copy()).__name__)
class B(bytes):
    pass
print(B(b"ab"), type(B(b"ab")[0:1]).__name__, B(b"ab").decode(), B(3))
# list subclass sort with key and reverse kept
class SL(list):
    def sort(self, *a, **k):
        print("SL.sort")
        super().sort(*a, **k)
sl = SL([3, 1, 2]); sl.sort(); print(sl, sorted(sl))
# __init__ override of list ignored by list() call args
class InitL(list):
    def __init__(self, *a):
        super().__init__(a)
print(InitL(1, 2, 3))
# __iter__ override on list and which consumers use it
class RevIter(list):
    def __iter__(self): return reversed(self[:])  if False else iter(list.__reversed__(self))
ri = RevIter([1, 2, 3])
print(list(ri), tuple(ri), [x for x in ri], sorted(ri), ", ".join(map(str, ri)), set(ri) == {1,2,3}, sum(ri), str(ri), list.__iter__(ri).__next__())
a, *b = ri
print(a, b, max(ri), min(ri), list(enumerate(ri)), any(ri), dict.fromkeys(ri))
# __eq__ override on dict subclass
class CIDict(dict):
    def __eq__(self, o): return True
    __hash__ = None
print(CIDict() == {"a": 1}, {"a": 1} == CIDict(), CIDict() != {})
print(isinstance(l, list), issubclass(D, dict), type(l) is list, L.__mro__[1].__name__)
print(str.__str__(s), int.__repr__(i), list.__repr__(l))
