# a special method set to None: calling it is "'NoneType' object is not callable", except where CPython blocks the protocol
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError", e)
def make(**dunders):
    return type("X", (), dunders)()
attempt("bool", lambda: bool(make(__bool__=None)))
attempt("bool via len", lambda: bool(make(__len__=None)))
attempt("len", lambda: len(make(__len__=None)))
attempt("index", lambda: [1][make(__index__=None)])
attempt("int", lambda: int(make(__int__=None)))
attempt("int trunc", lambda: int(make(__trunc__=None)))
attempt("float", lambda: float(make(__float__=None)))
attempt("complex", lambda: complex(make(__complex__=None)))
attempt("neg", lambda: -make(__neg__=None))
attempt("invert", lambda: ~make(__invert__=None))
attempt("abs", lambda: abs(make(__abs__=None)))
attempt("add", lambda: make(__add__=None) + 1)
attempt("radd", lambda: 1 + make(__radd__=None))
attempt("iadd", lambda: make(__iadd__=None).__class__)
def iadd():
    x = make(__iadd__=None)
    x += 1
    return x
attempt("iadd2", iadd)
attempt("eq", lambda: make(__eq__=None) == 1)
attempt("ne", lambda: make(__ne__=None) != 1)
attempt("lt", lambda: make(__lt__=None) < 1)
attempt("gt reflected", lambda: 1 < make(__gt__=None))
attempt("getitem", lambda: make(__getitem__=None)[0])
def setitem():
    x = make(__setitem__=None)
    x[0] = 1
attempt("setitem", setitem)
def delitem():
    x = make(__delitem__=None)
    del x[0]
attempt("delitem", delitem)
attempt("repr", lambda: repr(make(__repr__=None)))
attempt("str", lambda: str(make(__str__=None)))
attempt("format", lambda: format(make(__format__=None), ""))
attempt("next", lambda: next(make(__next__=None)))
attempt("iter", lambda: iter(make(__iter__=None)))
attempt("reversed", lambda: reversed(make(__reversed__=None)))
attempt("contains", lambda: 1 in make(__contains__=None))
attempt("hash", lambda: hash(make(__hash__=None)))
attempt("call", lambda: make(__call__=None)())
attempt("round", lambda: round(make(__round__=None)))
attempt("pow3", lambda: pow(make(__pow__=None), 2, 3))
attempt("divmod", lambda: divmod(make(__divmod__=None), 2))
attempt("getattr", lambda: make(__getattr__=None).zz)
class Truncated:
    def __trunc__(self): return 3
print(int(Truncated()))
