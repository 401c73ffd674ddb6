# assigning to a function's and class's special attributes: __class__, __bases__, __name__, __defaults__, __kwdefaults__, __code__ (free-var count checked), __annotations__
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A(); a.__class__ = B; print(a.who(), type(a).__name__)
try: a.__class__ = int
except TypeError as e: print(e)
try: (1).__class__ = bool
except TypeError as e: print(e)
class S1: __slots__ = ("x",)
class S2: __slots__ = ("y",)
try: S1().__class__ = S2
except TypeError as e: print(e)
try: a.__class__ = 5
except TypeError as e: print(e)
class C(A): pass
C.__bases__ = (B,); print(C().who(), C.__mro__)
try: C.__bases__ = ()
except TypeError as e: print(e)
try: C.__bases__ = (int,)
except TypeError as e: print(e)
C.__name__ = "Renamed"; C.__qualname__ = "Q.Renamed"; print(C, C.__name__, repr(C()).split(" object")[0])
try: C.__qualname__ = 5
except TypeError as e: print(e)
def f(a, b=2, *, c=3): return a, b, c
f.__defaults__ = (20,); f.__kwdefaults__ = {"c": 30}; print(f(1))
f.__kwdefaults__ = None
try: f(1)
except TypeError as e: print(e)
try: f.__defaults__ = 5
except TypeError as e: print(e)
def g(): return "g"
f.__code__ = g.__code__; print(f())
def clo():
    x = 1
    def inner(): return x
    return inner
try: f.__code__ = clo().__code__
except ValueError as e: print(e)
f.attr = 5; print(f.attr, f.__dict__)
f.__name__ = "renamed"; print(f.__name__, f.__qualname__)
try: f.__name__ = 5
except TypeError as e: print(e)
def ann(a: int, b: "str" = 1) -> list[int]: pass
print(ann.__annotations__)
ann.__annotations__ = {"x": 1}; print(ann.__annotations__)
try: ann.__annotations__ = 5
except TypeError as e: print(e)
class K:
    x: int
    y: "str" = 1
print(K.__annotations__, K.__dict__.get('x', 'no x'))
def noann(): pass
print(noann.__annotations__, noann.__module__, noann.__doc__, noann.__closure__, clo().__closure__[0].cell_contents)
print(type(noann.__globals__).__name__, noann.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else '')
import functools
@functools.wraps(ann)
def wrapper(*a): pass
print(wrapper.__name__, wrapper.__wrapped__ is ann, wrapper.__annotations__)
print(A.who.__get__(None, A) is A.who, A.who.__get__(a).__self__ is a)
m = A().who; print(m.__func__ is A.who, m.__self__.__class__.__name__, m.__name__, m.__qualname__)
try: m.x = 1
except AttributeError as e: print(e)
print(A.__dict__['who'].__get__(A(), A)())
try: A.who.__get__()
except TypeError as e: print(e)
import types
bm = types.MethodType(lambda self: "bound", 42); print(bm(), bm.__self__)
print((lambda *a, **k: (a, k))(1, x=2), (lambda: 0).__name__)
cell = clo().__closure__[0]
cell.cell_contents = 99 if False else cell.cell_contents
print(type(cell).__name__)
c1 = clo()
def two():
    y = 2
    def inner2(): return y + 1
    return inner2
c2 = two()
c1.__code__ = c2.__code__; print(c1())
try: clo().__code__ = g.__code__
except ValueError as e: print(e)
try: del g.__code__
except TypeError as e: print(e)
