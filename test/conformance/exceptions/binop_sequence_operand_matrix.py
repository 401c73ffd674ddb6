# +, *, +=, *= across built-in sequences, numbers and classes: results and CPython's error wording
class C:
    pass
class L(list):
    pass
class S(str):
    pass
def add(a, b):
    return a + b
def mul(a, b):
    return a * b
def iadd(a, b):
    a += b
    return a
def imul(a, b):
    a *= b
    return a
vals = ["ab", bytearray(b"ab"), [1], (1,), 2, 2.5, C(), L([3]), range(2), S("s")]
for a in vals:
    for b in vals:
        for name, op in (("+", add), ("*", mul), ("+=", iadd), ("*=", imul)):
            x = a.copy() if hasattr(a, "copy") else a
            try:
                r = op(x, b)
                print(type(a).__name__, name, type(b).__name__, "->", repr(r))
            except TypeError as e:
                print(type(a).__name__, name, type(b).__name__, "TypeError:", e)
