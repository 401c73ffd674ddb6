# staticmethod/classmethod copy the function's attributes into their __dict__; bound methods read them through __func__
def f(a: int, b=2):
    "doc f"
f.mark = 9
sm = staticmethod(f)
cm = classmethod(f)
for d in (sm, cm):
    print(d.__name__, d.__qualname__, d.__doc__, d.__module__, d.__annotations__, d.__wrapped__ is f, d.__func__ is f)
    print(sorted(d.__dict__), [n for n in dir(type(d)) if n not in dir(object)])
sm.__name__ = 'renamed'
print(sm.__name__, f.__name__)
print(staticmethod(len).__dict__['__name__'], 'mark' in sm.__dict__)

class C:
    def __new__(cls):
        return super().__new__(cls)
    def __init_subclass__(cls):
        pass
    def m(self):
        "mdoc"
for name in ('__new__', '__init_subclass__'):
    try:
        print(vars(C)[name].__name__)
    except AttributeError as e:
        print(type(e).__name__, e)
C.m.extra = 5
bm = C().m
print(bm.__name__, bm.__qualname__, bm.__doc__, bm.__module__, bm.extra)
print([n for n in dir(type(bm)) if n not in dir(object)])
try:
    bm.nope
except AttributeError as e:
    print(e)
try:
    type(bm).__get__
except AttributeError as e:
    print(e)
import types
m = types.MethodType(len, [1, 2])
print(m.__name__, m.__qualname__, m.__module__, m())
class D:
    attr = C().m
print(D().attr.__self__.__class__.__name__, D.attr is D().attr)
