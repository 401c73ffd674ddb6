# a dunder that is a property whose getter raises: comparisons take it as NotImplemented, iter() falls back to 'not iterable', hash() to unhashable; other slots propagate the error
def booh(self): raise AttributeError("booh")
def bad(self): raise ValueError("bad")
class E:
    __eq__ = property(booh)
    __lt__ = property(bad)
    __hash__ = object.__hash__
e = E()
print(E() == E(), e == e, E() != E(), e in [E()], e in [e])
try: print(E() < E())
except Exception as x: print(type(x).__name__, x)
class F:
    __add__ = property(booh)
try: F() + 1
except Exception as x: print(type(x).__name__, x)
class G:
    __len__ = property(booh)
try: len(G())
except Exception as x: print(type(x).__name__, x)
class H:
    __iter__ = property(booh)
try: iter(H())
except Exception as x: print(type(x).__name__, x)
class I:
    __init__ = property(booh)
try: I()
except Exception as x: print(type(x).__name__, x)
class K:
    __bool__ = property(booh)
try: print(bool(K()))
except Exception as x: print(type(x).__name__, x)
class L:
    __hash__ = property(booh)
try: hash(L())
except Exception as x: print(type(x).__name__, x)
class M:
    __getitem__ = property(booh)
try: M()[0]
except Exception as x: print(type(x).__name__, x)
class N:
    __contains__ = property(booh)
try: print(1 in N())
except Exception as x: print(type(x).__name__, x)
class O:
    __call__ = property(booh)
try: O()()
except Exception as x: print(type(x).__name__, x)
class P:
    __eq__ = property(lambda s: (lambda o: "via property"))
print(P() == 1, 1 == P())
