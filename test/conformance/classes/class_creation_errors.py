# Errors (and odd successes) of class statements, named as CPython names them: local classes by qualname.
def t(name):
    def deco(f):
        try:
            r = f()
            print(name, "->", r)
        except Exception as e:
            print(name, type(e).__name__ + ":", e)
    return deco
@t("int base")
def _():
    class A(1): pass
@t("object() base")
def _():
    class A(object()): pass
@t("func base")
def _():
    class A(len): pass
@t("final base")
def _():
    class A(type(None)): pass
@t("slice base")
def _():
    class A(slice): pass
@t("dup")
def _():
    class B: pass
    class A(B, B): pass
@t("layout")
def _():
    class A(list, dict): pass
@t("slots layout")
def _():
    class P: __slots__ = ('a',)
    class Q: __slots__ = ('b',)
    class R(P, Q): pass
@t("nonempty slots int")
def _():
    class I(int): __slots__ = ('x',)
@t("slots tuple")
def _():
    class I(tuple): __slots__ = ('x',)
@t("slots bad name")
def _():
    class S: __slots__ = ('1a',)
@t("slots dict twice")
def _():
    class S: __slots__ = ('__dict__', '__dict__')
@t("slots non-str")
def _():
    class S: __slots__ = (1,)
@t("meta kw")
def _():
    class A(foo=1): pass
@t("metaclass not callable")
def _():
    class A(metaclass=5): pass
@t("metaclass func")
def _():
    def mf(name, bases, ns): return f"made {name} {sorted(k for k in ns if not k.startswith('__'))}"
    class A(metaclass=mf):
        x = 1
    return A
@t("init_subclass kw")
def _():
    class B:
        def __init_subclass__(cls, flag): cls.flag = flag
    class C(B, flag=3): pass
    class D(B): pass
@t("bases assign")
def _():
    class A: pass
    class B: pass
    class C(A): pass
    C.__bases__ = (B,)
    r = C.__mro__
    C.__bases__ = ()
    return r
@t("name assign")
def _():
    class A: pass
    A.__name__ = 5
@t("qualname")
def _():
    class A: pass
    A.__qualname__ = "X.Y"
    return repr(A), A.__name__
@t("type() 1 arg")
def _():
    return type(1, 2)
@t("mro bad")
def _():
    class M(type):
        def mro(cls): return [cls, int, object]
    class A(metaclass=M): pass
    return A.__mro__
@t("type dict arg")
def _():
    return type('X', (), {'__slots__': 'ab'})().__class__.__slots__
@t("class decorator none")
def _():
    def d(cls): pass
    @d
    class A: pass
    return A
@t("del class attr")
def _():
    class A: x = 1
    del A.x
    del A.x
@t("set builtin attr")
def _():
    int.foo = 1
@t("set builtin method")
def _():
    list.append = None
@t("del __dict__ item")
def _():
    class A: pass
    A.__dict__['x'] = 1

def local_calls():
    class B: pass
    for call in (lambda: B.__init_subclass__(1), lambda: B.__init_subclass__(x=1), lambda: object.__init_subclass__(x=1)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    class C(B, x=1): pass
try:
    local_calls()
except TypeError as e:
    print("TypeError:", e)
