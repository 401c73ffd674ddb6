# __slots__ with several bases, built-in bases, __getattr__, properties and subclasses without slots.
class X: __slots__ = ('a',)
class Y: __slots__ = ('b',)
try:
    class Z(X, Y): pass
except TypeError as e: print(repr(e))
class Z2(X, object): __slots__ = ('c',)
z = Z2(); z.a = 1; z.c = 2; print(z.a, z.c, Z2.a, Z2.c)
try:
    class I(int): __slots__ = ('a',)
except TypeError as e: print(repr(e))
class I2(int): __slots__ = ()
print(I2(3))
class L(list): __slots__ = ('a',)
l = L([1]); l.a = 2; print(l, l.a)
try: l.b = 1
except AttributeError as e: print(repr(e))
class Ex(Exception): __slots__ = ('code',)
ex = Ex('m'); ex.code = 3; ex.other = 4; print(ex, ex.code, ex.other)
try:
    class C: __slots__ = (1,)
except TypeError as e: print(repr(e))
try:
    class C2: __slots__ = ('__dict__', '__dict__')
except TypeError as e: print(repr(e))
class G:
    __slots__ = ('v',)
    def __getattr__(self, name): return 'fallback ' + name
g = G(); print(g.v, g.w); g.v = 1; print(g.v)
try: vars(X())
except TypeError as e: print(repr(e))
class Pt:
    __slots__ = ['x', 'y']
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Pt({self.x}, {self.y})'
    @property
    def norm(self): return abs(self.x) + abs(self.y)
p = Pt(1, -2); print(p, p.norm, getattr(p, 'z', 'dflt'), hasattr(p, 'x'))
del p.x; print(hasattr(p, 'x'))
print(Pt.__slots__, isinstance(Pt.x, type(X.a)), type(Pt.x).__name__)
print(sorted(k for k in dir(p) if not k.startswith('__')))
try:
    Pt.x.__get__(5)
except TypeError as e: print(repr(e))
class Sub(Pt): pass
s = Sub(3, 4); s.extra = 1; print(s, s.__dict__)
class Uninit:
    __slots__ = ("value",)
try:
    print(Uninit().value)
except AttributeError as e:
    print(repr(e), e.name)
