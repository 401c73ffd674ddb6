# help(cls) on classes: signature, doc, MRO, methods by kind, properties, data descriptors, data attributes, inherited sections
def f(a, b=2, *args, c, d=3, **kw):
    """Add things.

    More text here.
    """
    return a

class Base:
    """A base."""
    x = 1
    def m(self, y):
        "Base method."
    @property
    def p(self):
        "A property."
        return 1

class C(Base):
    """The C class.

    Has things."""
    z = [1, 2]
    def __init__(self, q):
        self.q = q
    def meth(self, a, /, b):
        return 1
    @staticmethod
    def sm(x): pass
    @classmethod
    def cm(cls): "a cm"
    def m(self, y): pass

help(C)
help(C(1).meth)
import dataclasses, enum

@dataclasses.dataclass
class DC:
    """A dataclass."""
    a: int
    b: str = 'x'

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Slotted:
    __slots__ = ('a', 'b')
    def __repr__(self): return 'S'

class Prop:
    def __init__(self): self._v = 0
    def _get(self): return self._v
    def _set(self, v): self._v = v
    v = property(_get, _set, doc="The v.")
    @property
    def ro(self): return 1
    alias = _get
    LONG = list(range(100))
    S = 'a\\b'
    def __eq__(self, o): return True
    __hash__ = None
    async def co(self): pass
    def ann(self, x: int = 5, *, y: 'str' = "q") -> list: pass


class Outer:
    class Inner:
        "inner doc"
        def f(self): pass
    def g(self, x=[1, 2, 3], y={'a': 1}, z=None, w='s'*200): pass
class WithNew:
    def __new__(cls, a, b): return super().__new__(cls)
class Meta(type):
    def meth(cls): pass
class UsesMeta(metaclass=Meta):
    pass
class Doc:
    pass
Doc.__doc__ = "line1\n   line2\n  line3"
class Empty:
    pass
class Diamond(C, Prop):
    pass
help(DC)
help(Prop)
help(Slotted)
help(Outer)
help(Outer.Inner)
help(WithNew)
help(UsesMeta)
help(Doc)
help(Empty)
help(Diamond)
help(C(1))
help(Color)
help(Prop.v)
