# __eq__/__hash__ interplay, rich comparisons, total_ordering
import functools
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
print(P.__hash__, P(1) == P(1), P(1) != P(1), P(1) != P(2))
try:
    hash(P(1))
except TypeError as e:
    print("TypeError", e)
try:
    {P(1)}
except TypeError as e:
    print("TypeError", e)
class H(P):
    def __hash__(self): return hash(self.x)
print({H(1), H(1), H(2)} == {H(1), H(2)}, len({H(1), H(1)}))
class Inherit(H):
    def __eq__(self, o): return False
print(Inherit.__hash__)
class KeepHash(H):
    __hash__ = H.__hash__
    def __eq__(self, o): return True
print(hash(KeepHash(5)))
class OnlyHash:
    def __hash__(self): return 7
print(hash(OnlyHash()), OnlyHash() == OnlyHash())
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()) == hash(2**70))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
# __ne__ default inverts __eq__
class E:
    def __eq__(self, o):
        print("E.__eq__")
        return NotImplemented
print(E() == E(), E() != E())
e = E()
print(e == e, e != e)
# reflected comparison
class L:
    def __lt__(self, o):
        print("L.__lt__"); return NotImplemented
class G:
    def __gt__(self, o):
        print("G.__gt__"); return True
print(L() < G())
try:
    L() < L()
except TypeError as e:
    print("TypeError", e)
# subclass priority in comparisons
class Base:
    def __eq__(self, o):
        print("Base.__eq__"); return False
class Sub(Base):
    def __eq__(self, o):
        print("Sub.__eq__"); return True
print(Base() == Sub())
@functools.total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return "Ver%r" % (self.p,)
vs = [Ver(1, 2), Ver(1, 0), Ver(0, 9)]
print(sorted(vs), max(vs), Ver(1) <= Ver(1), Ver(2) >= Ver(1), Ver(1) > Ver(2))
@functools.total_ordering
class Gt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print(Gt(1) < Gt(2), Gt(1) <= Gt(1) if hasattr(Gt, "__eq__") else None)
try:
    @functools.total_ordering
    class NoOrd: pass
except ValueError as e:
    print("ValueError", e)
# comparison returning non-bool
class Weird:
    def __lt__(self, o): return "yes"
    def __eq__(self, o): return [1]
print(Weird() < 1, Weird() == 1, [Weird()] == [Weird()])
class NoBool:
    def __bool__(self): raise ValueError("no bool")
class RetNB:
    def __eq__(self, o): return NoBool()
try:
    [RetNB()] == [RetNB()]
except ValueError as e:
    print("ValueError", e)
print(RetNB() in [1] if False else "skip")
# identity shortcut in containers
class NeverEq:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
n = NeverEq()
print(n in [n], n == n, [n] == [n], {n: 1}[n], [n].count(n), (n,).index(n))
nan = float("nan")
print(nan in [nan], [nan] == [nan], nan == nan)
# sort stability and key with __lt__ only
class K:
    def __init__(self, v, t): self.v, self.t = v, t
    def __lt__(self, o): return self.v < o.v
ks = sorted([K(2, "a"), K(1, "b"), K(2, "c"), K(1, "d")])
print([k.t for k in ks])
try:
    sorted([K(1, "a"), 3])
except TypeError as e:
    print("TypeError", e)
print(max([3, 1, 2], key=lambda v: -v), min("bca"))
# __eq__ on dict keys with hash collisions
class Coll:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
d = {Coll(1): "a", Coll(2): "b"}
print(d[Coll(2)], len(d), Coll(3) in d)
