# print keywords, iter(callable, sentinel), __index__/__bool__/__len__/__hash__/__repr__ result checks, __contains__ falling back to __iter__ and __getitem__
import sys
print(1, 2, sep="", end="|\n")
print(1, 2, sep=None, end=None)
print("e", file=sys.stderr, flush=True)
print(file=None)
try: print(1, sep=1)
except TypeError as e: print(e)
try: print(1, end=2)
except TypeError as e: print(e)
try: print(1, file=1)
except AttributeError as e: print(e)
try: print(1, bogus=1)
except TypeError as e: print(e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W(); print("a", "b", file=w, sep="+"); print(w.parts)
n = iter([1, 2, 3, 0, 5]).__next__
print(list(iter(n, 0)))
c = [0]
def cnt():
    c[0] += 1; return c[0]
print(list(iter(cnt, 4)))
try: iter(5, 1)
except TypeError as e: print(e)
try: iter(5)
except TypeError as e: print(e)
class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], "abc"[Idx():], range(Idx()), bin(Idx()), hex(Idx()), (10).to_bytes(Idx(), "big"))
class BadIdx:
    def __index__(self): return "x"
try: [1][BadIdx()]
except TypeError as e: print(e)
try: [1]["a"]
except TypeError as e: print(e)
try: [1][1.0]
except TypeError as e: print(e)
class Bl:
    def __bool__(self): return 1
try: bool(Bl())
except TypeError as e: print(e)
try:
    if Bl(): pass
except TypeError as e: print(e)
try: not Bl()
except TypeError as e: print(e)
class Ln:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in [-1, 2**63, 2**31, "x", 3.0]:
    try: print(len(Ln(n)))
    except Exception as e: print(type(e).__name__, e)
for n in [-1, 2**63]:
    try: print(bool(Ln(n)))
    except Exception as e: print(type(e).__name__, e)
class Ct:
    def __iter__(self): print("iter"); return iter([1, 2])
print(2 in Ct(), 5 in Ct())
class Gi:
    def __getitem__(self, i):
        print("gi", i)
        if i > 2: raise IndexError
        return i
print(2 in Gi(), 9 in Gi(), list(Gi()))
class No: pass
try: 1 in No()
except TypeError as e: print(e)
class CtB:
    def __contains__(self, x): return []
print(1 in CtB(), 1 not in CtB())
class It2:
    def __iter__(self): return 5
try: iter(It2())
except TypeError as e: print(e)
try:
    for _ in It2(): pass
except TypeError as e: print(e)
class Hb:
    def __hash__(self): return "x"
try: hash(Hb())
except TypeError as e: print(e)
class Hbig:
    def __hash__(self): return 2**100
print(hash(Hbig()) == hash(2**100))
class Rp:
    def __repr__(self): return 5
try: repr(Rp())
except TypeError as e: print(e)
class St:
    def __str__(self): return None
try: str(St())
except TypeError as e: print(e)
try: print(St())
except TypeError as e: print(e)
class Ix:
    def __int__(self): return 1.5
try: int(Ix())
except TypeError as e: print(e)
class Fl:
    def __float__(self): return 1
try: float(Fl())
except TypeError as e: print(e)
print(abs(True), round(True), divmod(True, 2), int(True), float(False))
