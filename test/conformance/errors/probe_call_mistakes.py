# Calling functions wrongly: positional/keyword counts, keyword-only, positional-only, */** misuse, non-callables
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

def f(a, b): pass
def g(a, b=1, *, c, d=2): pass
def h(a, /, b): pass
def k(*args, **kw): pass
def one(a): pass
def none(): pass
def many(a, b, c, d): pass
class C:
    def m(self, x): pass
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(x): pass
class D: pass
class E:
    def __init__(self, a): pass
class F:
    def __new__(cls, a): return object.__new__(cls)

t(lambda: f())
t(lambda: f(1))
t(lambda: f(1, 2, 3))
t(lambda: f(1, 2, 3, 4))
t(lambda: none(1))
t(lambda: none(1, 2))
t(lambda: one())
t(lambda: many())
t(lambda: many(1))
t(lambda: many(1, 2))
t(lambda: f(1, c=2))
t(lambda: f(1, a=2))
t(lambda: f(1, 2, a=2))
t(lambda: f(**{'a': 1}, **{'a': 2}))
t(lambda: f(1, **{'a': 2}))
t(lambda: g(1))
t(lambda: g(1, 2, 3))
t(lambda: g(1, 2, 3, c=1))
t(lambda: g())
t(lambda: g(1, 2, c=3, e=4))
t(lambda: h(a=1, b=2))
t(lambda: h(1, a=1, b=2))
t(lambda: h(b=2))
t(lambda: k(**{1: 2}))
t(lambda: k(*1))
t(lambda: k(**1))
t(lambda: k(**[1]))
t(lambda: f(*None))
t(lambda: C().m())
t(lambda: C().m(1, 2))
t(lambda: C.m(1))
t(lambda: C.m())
t(lambda: C.cm())
t(lambda: C.cm(1, 2))
t(lambda: C.sm())
t(lambda: C().sm(1, 2))
t(lambda: D(1))
t(lambda: D(a=1))
t(lambda: E())
t(lambda: E(1, 2))
t(lambda: E(b=1))
t(lambda: F())
t(lambda: F(1, 2))
t(lambda: 1())
t(lambda: "x"())
t(lambda: None())
t(lambda: [1]())
t(lambda: C()())
t(lambda: (lambda x: x)())
t(lambda: (lambda: 1)(2))
def kwonly(*, a, b, c): pass
t(lambda: kwonly())
t(lambda: kwonly(a=1))
t(lambda: kwonly(1))
t(lambda: kwonly(1, 2, a=1))
def defs(a, b=1, c=2): pass
t(lambda: defs(1, 2, 3, 4))
t(lambda: defs())
t(lambda: defs(1, 2, 3, 4, c=5))
def posonly2(a, b, /, c): pass
t(lambda: posonly2(1, b=2, c=3))
t(lambda: posonly2(a=1, b=2, c=3))
def posk(a, /, **kw): print(a, kw)
posk(1, a=2)
def va(a, *args): pass
t(lambda: va())
t(lambda: va(b=1))
