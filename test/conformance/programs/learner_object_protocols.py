class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
s = Seq(5)
print(list(s), 9 in s, 7 in s, list(reversed([*s])), sorted(s, reverse=True), max(s), dict(enumerate(s)))
try: reversed(s)
except TypeError as e: print(e)
class Rev(Seq):
    def __len__(self): return self.n
print(list(reversed(Rev(4))), len(Rev(3)))
class Cont:
    def __contains__(self, x): return x == "magic"
    def __iter__(self): yield from "abc"
print("magic" in Cont(), "a" in Cont(), list(Cont()))
class Eq:
    def __eq__(self, o): return NotImplemented
a = Eq(); print(a == a, a == Eq(), a != Eq(), a != a)
class Loud(int):
    def __add__(self, o): return Loud(int(self) + o)
    def __repr__(self): return f"Loud({int(self)})"
print(Loud(2) + 3, 3 + Loud(2), Loud(5) * 2, type(Loud(5) * 2).__name__, Loud(3) == 3, hash(Loud(3)) == hash(3), str(Loud(7)), f"{Loud(7)}", f"{Loud(7)!r}")
class MyList(list):
    def __init__(self, *a): super().__init__(a)
    def sum(self): return sum(self)
ml = MyList(1, 2, 3); print(ml, ml.sum(), type(ml + [4]).__name__, type(ml[:2]).__name__, ml * 2, repr(ml), isinstance(ml, list))
class MyDict(dict):
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def __missing__(self, k): return f"missing:{k}"
md = MyDict(a=1); print(md["A"], md.get("A"), md["zz"] if False else md.__missing__("zz"), md, {**md}, dict(md))
class MyStr(str):
    def shout(self): return self.upper() + "!"
ms = MyStr("hi"); print(ms.shout(), type(ms + "x").__name__, type(ms.upper()).__name__, ms == "hi", repr(ms), f"{ms:>5}")
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("new instance")
        return cls._inst
    def __init__(self, v): self.v = v
x1 = Single(1); x2 = Single(2); print(x1 is x2, x1.v)
class BadInit:
    def __init__(self): return 5
try: BadInit()
except TypeError as e: print(e)
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(NewOther())
class RO:
    @property
    def x(self): return 1
try: RO().x = 5
except AttributeError as e: print(e)
try: del RO().x
except AttributeError as e: print(e)
class GA:
    def __init__(self): self.data = {"a": 1}
    def __getattr__(self, n):
        try: return self.data[n]
        except KeyError: raise AttributeError(n) from None
g = GA(); print(g.a, hasattr(g, "b"), getattr(g, "b", None))
class SA:
    def __setattr__(self, n, v):
        print("set", n, v); super().__setattr__(n, v)
    def __delattr__(self, n):
        print("del", n); super().__delattr__(n)
sa = SA(); sa.q = 1; del sa.q
try: del sa.q
except AttributeError as e: print(e)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
print(Cmp(1) > Cmp(2), Cmp(1) < Cmp(2))
class Sub(Cmp):
    def __gt__(self, o): print("Sub.gt"); return True
print(Cmp(1) < Sub(2))
class Hashy:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Hashy) and self.k == o.k
print(len({Hashy(1), Hashy(1), Hashy(2)}), Hashy(1) in {Hashy(1): 0})
class Call:
    def __init__(self): self.count = 0
    def __call__(self): self.count += 1; return self.count
c = Call(); print(c(), c(), list(iter(c, 5)))
class Bool:
    def __len__(self): return 0
print(bool(Bool()), not Bool(), "yes" if Bool() else "no")
class Fmt:
    def __format__(self, spec): return f"Fmt<{spec}>"
    def __str__(self): return "FmtStr"
print(f"{Fmt()}", f"{Fmt():abc}", format(Fmt(), "x"), "{:q}".format(Fmt()), str(Fmt()), f"{Fmt()!s:>8}")
class BadRepr:
    def __repr__(self): return 5
try: repr(BadRepr())
except TypeError as e: print(e)
try: print([BadRepr()])
except TypeError as e: print(e)
class Idx:
    def __init__(self): self.store = {}
    def __getitem__(self, k): return self.store.get(k, k)
    def __setitem__(self, k, v): print("setitem", k, v); self.store[k] = v
    def __delitem__(self, k): print("delitem", k)
i = Idx(); i[1:3] = "x"; i[1, 2] = 5; print(i[1:3], i[1, 2], i[...]); del i[::2]
i[0] = 1; i[0] += 5; print(i[0])
class Iter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
it = Iter(); print(list(it), list(it), next(iter(Iter())))
class NotIter:
    __iter__ = None
try: iter(NotIter())
except TypeError as e: print(e)
try: 1 in NotIter()
except TypeError as e: print(e)
class Num:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __neg__(self): return Num(-self.v)
    def __invert__(self): return "inverted"
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return "floor"
    def __abs__(self): return "abs"
    def __int__(self): return 3
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __index__(self): return 4
import math
n = Num(1); n += 4; print(n.v, (-n).v, ~n, round(n), round(n, 2), math.trunc(n), math.floor(n), abs(n), int(n), float(n), complex(n), bin(n), [0] * 10 and "ok")
