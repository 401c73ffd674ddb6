# inspect: predicates, signature/Parameter/bind, getfullargspec, getsource, getdoc/cleandoc, frames
import inspect, functools, sys
def f(a, b: int = 1, /, c=2, *args, d, e: 'x' = 5, **kw) -> str:
    """Docstring
       indented."""
    return "r"
s = inspect.signature(f)
print(s, repr(s))
print(s.parameters)
print([(p.name, str(p.kind), p.kind.description, p.default, p.annotation) for p in s.parameters.values()])
print(repr(s.parameters['b']), s.return_annotation, s.parameters['a'].default is inspect.Parameter.empty)
print(inspect.Parameter.POSITIONAL_ONLY, repr(inspect.Parameter.KEYWORD_ONLY), inspect.Parameter.empty, int(inspect.Parameter.VAR_KEYWORD))
b = s.bind(1, 2, 3, 4, d=5, z=6); print(b, b.args, b.kwargs, b.arguments)
b2 = s.bind(1, d=0); b2.apply_defaults(); print(b2)
for args, kwargs in [((1,), {}), ((), {"d": 1}), ((1,), {"a": 1, "d": 2}), ((1, 2, 3), {"c": 3, "d": 1})]:
    try: s.bind(*args, **kwargs)
    except TypeError as e: print("TypeError", e)
def g(x, y=2): pass
for args, kwargs in [((1, 2, 3), {}), ((1,), {"q": 1}), ((1,), {"x": 2})]:
    try: inspect.signature(g).bind(*args, **kwargs)
    except TypeError as e: print("TypeError", e)
print(inspect.signature(g).bind_partial(y=3))
class A: pass
class B:
    def __init__(self, x, *, y=1): pass
    def m(self, q, r=0): "method doc"
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(w): pass
class M(type):
    def __call__(cls, q): pass
class Cm(metaclass=M): pass
class Callme:
    def __call__(self, z, *, w=1): pass
print(inspect.signature(A), inspect.signature(B), inspect.signature(Cm), inspect.signature(Callme()))
print(inspect.signature(B(1).m), inspect.signature(B.m), inspect.signature(B.cm), inspect.signature(B.sm))
print(inspect.signature(functools.partial(g, 1)), inspect.signature(functools.partial(g, y=5)), inspect.signature(lambda *a, **k: 0))
@functools.wraps(g)
def w(*a, **k): pass
print(inspect.signature(w), inspect.signature(w, follow_wrapped=False), inspect.unwrap(w) is g)
for bad in [3, "s"]:
    try: inspect.signature(bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, str(e).split(" at ")[0])
print(inspect.getfullargspec(f))
print(inspect.getcallargs(g, 1), sorted(inspect.getcallargs(B(1).m, 7))[1:])
sig = inspect.Signature([inspect.Parameter("x", inspect.Parameter.POSITIONAL_OR_KEYWORD), inspect.Parameter("y", inspect.Parameter.KEYWORD_ONLY, default=None)], return_annotation=int)
print(sig, sig == inspect.signature(lambda x, *, y=None: 0), sig.replace(return_annotation=inspect.Signature.empty))
for params in [[inspect.Parameter("a", 3), inspect.Parameter("b", 1)], [inspect.Parameter("a", 1, default=1), inspect.Parameter("b", 1)], [inspect.Parameter("a", 1), inspect.Parameter("a", 3)]]:
    try: inspect.Signature(params)
    except ValueError as e: print("ValueError", e)
for args in [("x", 9), ("1x", 1), (3, 1), ("def", 1)]:
    try: inspect.Parameter(*args)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
try: inspect.Parameter("a", inspect.Parameter.VAR_POSITIONAL, default=1)
except ValueError as e: print("ValueError", e)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=list[int]))
print(inspect.isfunction(f), inspect.isfunction(print), inspect.isbuiltin(print), inspect.ismethod(B(1).m), inspect.isclass(B), inspect.ismodule(sys))
def gen(): yield 1
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.isgeneratorfunction(f), inspect.isroutine(len), inspect.isroutine(B.m), inspect.iscode(f.__code__))
gg = gen(); print(inspect.getgeneratorstate(gg)); next(gg); print(inspect.getgeneratorstate(gg)); gg.close(); print(inspect.getgeneratorstate(gg))
print(inspect.getdoc(f), inspect.getdoc(B.m), repr(inspect.cleandoc("  a\n    b\n  c\n\n")))
print([n for n, v in inspect.getmembers(B, inspect.isfunction)], [n for n, _ in inspect.getmembers(B(1)) if not n.startswith("__")])
print(inspect.getsource(f), end="")
print(inspect.getsource(B.m), end="")
print(inspect.getsourcelines(g)[1], inspect.getsource(A), end="")
print(inspect.getsource(w), end="")
def outer():
    fr = inspect.currentframe()
    return fr.f_code.co_name, inspect.stack()[1].function, inspect.getframeinfo(fr).lineno, inspect.stack()[0].code_context
print(outer())
print(inspect.getmodule(f).__name__, inspect.getfile(f).endswith(".py"), inspect.getmro(B)[0].__name__, inspect.isabstract(B))
print(type(inspect.getattr_static(B, "cm")).__name__, inspect.getattr_static(B(1), "nope", "dflt"))
