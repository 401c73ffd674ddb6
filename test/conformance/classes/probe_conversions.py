# __bool__/__len__ truth, __index__/__int__/__float__/__complex__, __format__
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(bool(B(True)), not B(False), "y" if B(1 == 1) else "n")
try:
    bool(B(1))
except TypeError as e:
    print("TypeError", e)
class Ln:
    def __len__(self): return 0
print(bool(Ln()), bool([Ln()]))
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError", e)
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError", e)
class BigLen:
    def __len__(self): return 2**64
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError", e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError", e)
class IdxLen:
    class I:
        def __index__(self): return 4
    def __len__(self): return self.I()
print(len(IdxLen()))
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Both()))
class I:
    def __index__(self): return 5
i = I()
print(bin(i), hex(i), oct(i), [0, 1, 2, 3, 4, 5, 6][i], "abcdefg"[i], range(i), int(i), operator_index := __import__("operator").index(i))
print(list(range(10))[I():], (1, 2, 3, 4, 5, 6)[:I()])
class Int:
    def __int__(self): return 42
print(int(Int()))
try:
    [1][Int()]
except TypeError as e:
    print("TypeError", e)
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
class Trunc:
    def __trunc__(self): return 9
import warnings
warnings.simplefilter("ignore")
print(int(Trunc()))
class F:
    def __float__(self): return 1.5
import math
print(float(F()), math.sqrt(F()), complex(F()))
class BadF:
    def __float__(self): return 1
try:
    float(BadF())
except TypeError as e:
    print("TypeError", e)
class FIdx:
    def __index__(self): return 3
print(float(FIdx()), complex(FIdx()), math.floor(FIdx()) if False else "")
class C:
    def __complex__(self): return 1 + 2j
print(complex(C()))
class IntSub(int): pass
class RetIntSub:
    def __int__(self): return IntSub(3)
    def __index__(self): return IntSub(4)
print(type(int(RetIntSub())).__name__, int(RetIntSub()))
print(type(__import__("operator").index(RetIntSub())).__name__)
class Fmt:
    def __format__(self, spec):
        return f"<Fmt spec={spec!r}>"
f = Fmt()
print(format(f), format(f, "x>10"), f"{f:abc}", "{:q}".format(f), f"{f!r:}" if False else "")
class NoFmt: pass
try:
    format(NoFmt(), "d")
except TypeError as e:
    print("TypeError", e)
print(format(NoFmt(), "") [:9])
class BadFmt:
    def __format__(self, spec): return 1
try:
    format(BadFmt())
except TypeError as e:
    print("TypeError", e)
class MyInt(int):
    def __format__(self, spec): return "MyInt" + spec
print(f"{MyInt(3):05}", "%d" % MyInt(3), str(MyInt(3)))
class MyFloat(float):
    def __repr__(self): return "MyFloat!"
print(MyFloat(1.5), f"{MyFloat(1.5)}", f"{MyFloat(1.5):.2f}", [MyFloat(2)])
class StrOnly:
    def __str__(self): return "S"
print(format(StrOnly()), f"{StrOnly()}", "%s" % StrOnly(), "{}".format(StrOnly()))
class ReprOnly:
    def __repr__(self): return "R"
print(str(ReprOnly()), f"{ReprOnly()!s}", "%r" % ReprOnly(), [ReprOnly()])
class BadStr:
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
class BadRepr:
    def __repr__(self): return None
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
print("%x" % I(), "%c" % I() if False else "", "%.1f" % F())
try:
    "%d" % F()
except TypeError as e:
    print("TypeError", e)
class Round:
    def __round__(self, n=None): return "round" if n is None else n
print(round(Round()), round(Round(), 3))
print(math.floor(1.5), math.ceil(F()), abs(-IntSub(3)), type(abs(IntSub(-3))).__name__, type(+IntSub(3)).__name__)
# a conversion returning a strict subclass: a DeprecationWarning, then the plain value
class FloatSub(float): pass
class RetSubs:
    def __index__(self): return IntSub(4)
    def __int__(self): return IntSub(3)
    def __float__(self): return FloatSub(2.5)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(type(int(RetSubs())).__name__, type(__import__("operator").index(RetSubs())).__name__, type(float(RetSubs())).__name__)
for w in caught:
    print(w.category.__name__, w.message)
class ContEmpty:
    def __contains__(self, x): return []
class ContNone:
    __contains__ = None
    def __iter__(self): return iter([1])
print(1 in ContEmpty(), 1 not in ContEmpty())
try:
    1 in ContNone()
except TypeError as e:
    print("TypeError", e)
