# super() in classmethods and with explicit args and its errors, __getattribute__ vs __getattr__, __slots__ conflicts
class A:
    @classmethod
    def make(cls): return f"A.make({cls.__name__})"
    def who(self): return "A"
class B(A):
    @classmethod
    def make(cls): return "B>" + super().make()
    def who(self): return "B>" + super(B, self).who()
class C(B):
    def who(self): return "C>" + super(B, self).who()
print(C.make(), C().who(), B().who())
print(super(B, C).make())
print(super(C, C()).who())
try: super(B, 1)
except TypeError as e: print(e)
try: super()
except RuntimeError as e: print(e)
def f():
    super().x
try: f()
except RuntimeError as e: print(e)
class D:
    def m(self):
        def inner(): return super().__repr__
        return inner()
try: D().m()
except RuntimeError as e: print(e)
class D2:
    def m(): return super()
try: D2.m()
except RuntimeError as e: print(e)
class GA:
    def __getattribute__(self, n):
        if n == "boom": raise AttributeError("via getattribute")
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return "fallback " + n
g = GA(); g.x = 1
print(g.x, g.boom, g.nothing)
class GB:
    def __getattr__(self, n): raise AttributeError(n)
try: GB().zz
except AttributeError as e: print(repr(e), e.name if hasattr(e, 'name') else '')
class S:
    __slots__ = ("a", "b")
s = S(); s.a = 1
try: s.c = 2
except AttributeError as e: print(e)
try: s.b
except AttributeError as e: print(e)
try:
    class S2:
        __slots__ = ("a",)
        a = 1
except ValueError as e: print(e)
try:
    class S3(int): __slots__ = ("x",)
except TypeError as e: print(e)
class S4: __slots__ = "one"
print(S4.__slots__, hasattr(S4(), "__dict__"))
class P1: __slots__ = ("a",)
class P2: __slots__ = ("b",)
try:
    class P3(P1, P2): pass
except TypeError as e: print(e)
try: S().__dict__
except AttributeError as e: print(e)
class S5:
    __slots__ = ("__dict__", "x")
s5 = S5(); s5.y = 2; print(s5.__dict__)
try:
    class S6: __slots__ = ("x", "x")
except Exception as e: print(type(e).__name__, e)
try:
    class S7: __slots__ = (1,)
except TypeError as e: print(e)
try:
    class S8: __slots__ = ("__dict__", "__dict__")
except TypeError as e: print(e)
