# inspect.signature of classes (from __init__, __new__, metaclass __call__), methods, partials; getmembers
import inspect, functools
class A:
    def __init__(self, a, b=2, *args, c, **kw): pass
class B:
    def __new__(cls, x, y=1): return super().__new__(cls)
class C(A): pass
class D:
    pass
class Meta(type):
    def __call__(cls, p, q=3): return super().__call__()
class E(metaclass=Meta): pass
class F:
    def __init__(self, a): pass
    def __new__(cls, *args, **kw): return super().__new__(cls)
class G:
    def method(self, x, /, y, *, z=1): pass
    @classmethod
    def cm(cls, a): pass
    @staticmethod
    def sm(a, b=1): pass
    def __call__(self, v): pass
for obj in [A, B, C, D, E, F, G.method, G().method, G.cm, G.sm, G(), functools.partial(G.sm, 1), functools.partial(A, 1, c=5)]:
    try: print(inspect.signature(obj))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
sig = inspect.signature(A)
print([(p.name, str(p.kind), p.default is inspect.Parameter.empty) for p in sig.parameters.values()])
ba = sig.bind(1, c=3, extra=4); ba.apply_defaults(); print(ba.arguments, ba.args, ba.kwargs)
try: sig.bind(1)
except TypeError as e: print('TypeError:', e)
try: sig.bind()
except TypeError as e: print('TypeError:', e)
class H:
    x = 1
    def m(self): pass
    @property
    def p(self): return 1
    class Inner: pass
print([n for n, _ in inspect.getmembers(H) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(H, inspect.isfunction)], [n for n, v in inspect.getmembers(H, inspect.isclass) if n != '__class__'])
print(inspect.isclass(H), inspect.ismethod(H().m), inspect.isfunction(H.m), inspect.isdatadescriptor(H.p), inspect.ismethoddescriptor(str.join), inspect.isbuiltin(len))
print(inspect.getmro(C), inspect.isabstract(H), inspect.getattr_static(H(), 'p').__class__.__name__)
print(inspect.getdoc(H), inspect.cleandoc('  a\n    b'), inspect.getmodule(H).__name__)
import dataclasses
@dataclasses.dataclass
class DC:
    a: int
    b: str = 'x'
print(inspect.signature(DC), inspect.signature(DC.__init__))
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def wrapped(a, b: int = 2) -> str: pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False), inspect.unwrap(wrapped).__name__)
