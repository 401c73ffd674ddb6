class A:
    __eq__ = len
try:
    print(A() == [1])
except Exception as e: print(type(e).__name__, e)
class B:
    __len__ = staticmethod(lambda: 5)
print(len(B()))
class C:
    __hash__ = id
try: print(hash(C()) == id(C))
except Exception as e: print(type(e).__name__, e)
class D:
    __repr__ = object.__repr__
print(repr(D())[:10])
class E:
    __call__ = print
try: E()(1)
except Exception as e: print(type(e).__name__, e)
class F:
    __getitem__ = dict.get
try: print(F()[1])
except Exception as e: print(type(e).__name__, e)
import functools
def f(*a): return a
class G:
    m = functools.partial(f, 1)
    __call__ = functools.partial(f, 2)
    __getitem__ = functools.partial(f, 3)
print(G().m(5), G()(6), G()[7])
class S(str):
    __str__ = str.upper
print(str(S("abc")), S("x").__str__())
class H:
    __iter__ = iter
try: print(list(H()))
except Exception as e: print(type(e).__name__, e)
class I:
    m = len
    __len__ = len
try: print(I().m([1,2]))
except Exception as e: print(type(e).__name__, e)
try: print(len(I()))
except Exception as e: print(type(e).__name__, e)
class J:
    __repr__ = repr
try: print(repr(J()))
except Exception as e: print(type(e).__name__, e)
class K(list):
    __len__ = list.__len__
print(len(K([1,2])))
class L:
    __bool__ = bool
try: print(bool(L()))
except Exception as e: print(type(e).__name__, e)
class M:
    __add__ = max
try: print(M() + 3)
except Exception as e: print(type(e).__name__, e)
class N:
    __contains__ = isinstance
try: print(int in N())
except Exception as e: print(type(e).__name__, e)
