# inspect: Signature/Parameter/BoundArguments details (reprs, hashing, binding errors,
# partial objects, classes, getfullargspec, getcallargs) beyond inspect_basic.
import functools
import inspect
from inspect import Parameter, Signature

P = Parameter

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> 'ret':
    pass

s = inspect.signature(f)
print(s, repr(s), list(s.parameters), type(s.parameters).__name__)
for p in s.parameters.values():
    print(repr(p), str(p), p.kind, p.kind.description, int(p.kind), p.default, p.annotation is P.empty)
print(inspect.signature(lambda a, /: 0), inspect.signature(lambda *, k: 0), inspect.signature(lambda a, /, *, k: 0))
print(inspect.signature(lambda a, /, b, *c: 0), inspect.signature(lambda: 0), inspect.signature(lambda **k: 0))
def ann(x: int, y: 'str' = 'q', *z: float, w: list[int] = None, **kk: dict) -> None: pass
print(inspect.signature(ann), inspect.signature(ann).return_annotation)
for p in inspect.signature(ann).parameters.values():
    print(str(p), repr(p.annotation))

print('-- Parameter')
p = P('x', P.POSITIONAL_OR_KEYWORD, default=1)
print(p, p.replace(name='y'), p.replace(kind=P.KEYWORD_ONLY), p.replace(default=P.empty), p.replace(annotation=int))
print(p == P('x', 1, default=1), p != P('x', 1, default=2), p == 'x', hash(p) == hash(P('x', 1, default=1)))
print(P('.0', P.POSITIONAL_OR_KEYWORD), P('.3', 1).kind)
show(lambda: P('.0', P.KEYWORD_ONLY))
show(lambda: P('x', 7))
show(lambda: P('x', 'bad'))
show(lambda: P('x', None))
show(lambda: P(3, 1))
show(lambda: P('def', 1))
show(lambda: P('1x', 1))
show(lambda: P('', 1))
show(lambda: P('k', P.VAR_KEYWORD, default={}))
show(lambda: P(P.empty, 1))
show(lambda: P('x', 1, default=1).replace(kind=P.VAR_POSITIONAL))
print(P('x', 0).kind is P.POSITIONAL_ONLY, P('x', P.KEYWORD_ONLY).kind == 3, type(P.KEYWORD_ONLY).__name__)
print(repr(P.VAR_POSITIONAL), str(P.VAR_POSITIONAL), P.VAR_KEYWORD.name, P.empty, Signature.empty, P.empty is Signature.empty)
show(lambda: setattr(p, 'name', 'z'))
print(P('a', 1, annotation='str'), P('a', 1, annotation=int, default=None), P('a', 2, annotation=list[int]), P('k', 4, annotation=int))

print('-- Signature')
sig = Signature([P('a', 0), P('b', 1, default=None), P('c', 3)], return_annotation=list)
print(sig, sig.replace(), sig.replace(parameters=[]), sig.replace(return_annotation=Signature.empty))
print(sig == sig.replace(), sig != Signature(), Signature() == Signature(), sig == 5, hash(sig) == hash(sig.replace()))
kw1 = Signature([P('x', 3), P('y', 3)]); kw2 = Signature([P('y', 3), P('x', 3)])
print(kw1 == kw2, hash(kw1) == hash(kw2), Signature([P('x', 1), P('y', 1)]) == Signature([P('y', 1), P('x', 1)]))
print(Signature(), repr(Signature()), Signature(None), Signature(return_annotation=int))
show(lambda: Signature([P('a', 3), P('b', 0)]))
show(lambda: Signature([P('a', 1, default=1), P('b', 0)]))
show(lambda: Signature([P('a', 0, default=1), P('b', 1)]))
show(lambda: Signature([P('a', 1, default=1), P('b', 3)]))
show(lambda: Signature([P('a', 2), P('a', 4)]))
show(lambda: Signature([P('a', 4), P('b', 2)]))
print(Signature([P('a', 1), P('a', 1)], __validate_parameters__=False))
show(lambda: setattr(sig, 'parameters', {}))
print(Signature.from_callable(f) == s, type(Signature.from_callable(f)).__name__)

print('-- bind')
def g(a, b=2, /, c=3, *args, d, e=5, **kw): pass
sg = inspect.signature(g)
for args, kwargs in [((1,), {'d': 4}), ((1, 2, 3, 4, 5), {'d': 0, 'z': 1}), ((), {'d': 1}),
                     ((1,), {}), ((1,), {'a': 1, 'd': 1}), ((1,), {'b': 1, 'd': 1}),
                     ((1, 2), {'c': 1, 'd': 2}), ((1, 2, 3), {'c': 3, 'd': 1}), ((1,), {'d': 1, 'kw': 2})]:
    try:
        ba = sg.bind(*args, **kwargs)
        print(ba, ba.args, ba.kwargs)
    except TypeError as e:
        print('TypeError', e)
def h(a, b, *, c): pass
sh = inspect.signature(h)
for args, kwargs in [((1, 2, 3), {}), ((1,), {'b': 2, 'c': 3, 'x': 4}), ((1, 2), {}), ((), {'c': 1}),
                     ((1,), {'a': 2, 'c': 3})]:
    for name in ('bind', 'bind_partial'):
        try:
            ba = getattr(sh, name)(*args, **kwargs)
            print(name, ba, ba.args, ba.kwargs)
        except TypeError as e:
            print(name, 'TypeError', e)
ba = sg.bind(1, d=4); ba.apply_defaults(); print(ba, ba.args, ba.kwargs, ba.signature is sg)
ba = sh.bind_partial(c=5); ba.apply_defaults(); print(ba, ba.args, ba.kwargs)
ba2 = sg.bind(1, d=4); ba3 = sg.bind(1, d=4)
print(ba2 == ba3, ba2 != ba3, ba2 == sh.bind(1, 2, c=3), ba2 == 1, repr(sg.bind_partial()))
ba2.arguments['c'] = 9; print(ba2, ba2.args, ba2.kwargs)
def only_kw(**kw): pass
print(inspect.signature(only_kw).bind(a=1, b=2), inspect.signature(only_kw).bind(a=1).kwargs)
def only_pos(*a): pass
print(inspect.signature(only_pos).bind(1, 2).args, inspect.signature(only_pos).bind().args)
show(lambda: inspect.signature(only_pos).bind(x=1))
show(lambda: inspect.signature(lambda: 0).bind(1))
show(lambda: inspect.signature(lambda *, k: 0).bind(1))
show(lambda: inspect.signature(lambda a, **k: 0).bind(1, a=2))
show(lambda: inspect.signature(lambda a, /, **k: 0).bind(1, a=2))
show(lambda: inspect.signature(lambda a, /: 0).bind(a=2))
show(lambda: inspect.signature(lambda a, /, b: 0).bind_partial(a=2))

print('-- callables')
def target(a, b, /, c, d=4, *, e, f=6, **rest): pass
for part in [functools.partial(target, 1), functools.partial(target, 1, 2), functools.partial(target, 1, 2, 3),
             functools.partial(target, c=3), functools.partial(target, 1, 2, d=9), functools.partial(target, e=1),
             functools.partial(target, 1, 2, 3, 4), functools.partial(target, x=1)]:
    print(inspect.signature(part))
def star(a, *args, b): pass
print(inspect.signature(functools.partial(star, 1, 2)), inspect.signature(functools.partial(star, a=1)))
try:
    inspect.signature(functools.partial(target, 1, 2, 3, 4, 5))
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0], type(e.__cause__).__name__, e.__cause__)
class K:
    def __init__(self, x, y=1): pass
    def meth(self, p, *q): pass
    @classmethod
    def cm(cls, r): pass
    @staticmethod
    def st(s, t=0): pass
    def __call__(self, u, /): pass
print(inspect.signature(K), inspect.signature(K(1)), inspect.signature(K.meth), inspect.signature(K(1).meth))
print(inspect.signature(K.cm), inspect.signature(K.st), inspect.signature(K(1).st))
class N:
    def __new__(cls, n, *rest): return super().__new__(cls)
class Plain: pass
class Meta(type):
    def __call__(cls, m): pass
class WithMeta(metaclass=Meta): pass
print(inspect.signature(N), inspect.signature(Plain), inspect.signature(WithMeta))
def selfless(): pass
class Odd:
    f = selfless
show(lambda: inspect.signature(Odd().f))
show(lambda: inspect.signature(5))
show(lambda: inspect.signature(int))
class WithSig:
    def __call__(self): pass
ws = WithSig(); ws.__signature__ = Signature([P('zz', 1)])
print(inspect.signature(ws))
def wrapped_sig(): pass
wrapped_sig.__signature__ = 'nope'
show(lambda: inspect.signature(wrapped_sig))
def base(x, y): pass
@functools.wraps(base)
def wrapper(*a, **k): pass
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))

print('-- getfullargspec / getcallargs')
print(inspect.getfullargspec(target))
print(inspect.getfullargspec(ann))
print(inspect.getfullargspec(lambda: 0), inspect.getfullargspec(K(1).meth))
print(inspect.getfullargspec(K))
show(lambda: inspect.getfullargspec(5))
print(inspect.getcallargs(target, 1, 2, 3, e=5), inspect.getcallargs(star, 1, 2, 3, b=0))
show(lambda: inspect.getcallargs(target, 1))
print(inspect.getcallargs(K(1).meth, 1, 2)['p'])
def t_(a, b, c=3, *, k, m=1): pass
def u(a, b=1, **kw): pass
def v(a, *r): pass
class C:
    def meth(self, p): pass
for f, a, k in [(t_, (1,), {}), (t_, (1, 2, 3, 4), {}), (t_, (1, 2, 3, 4, 5), {'k': 1}), (t_, (1, 2), {}), (t_, (1, 2), {'k': 1, 'z': 2}),
                (t_, (1, 2), {'a': 1, 'k': 2}), (u, (), {}), (u, (1, 2, 3), {}), (v, (), {}), (t_, (), {}), (C().meth, (), {}),
                (C().meth, (1, 2), {}), (u, (1,), {'x': 1, 'a': 2}), (t_, (1,2,3,4), {'k': 1, 'm': 2}), (lambda: 0, (1,), {}), (lambda: 0, (1,2), {}),
                (lambda x=1: 0, (1,2), {}), (lambda x, *, y, z: 0, (1,), {})]:
    try: print(inspect.getcallargs(f, *a, **k))
    except TypeError as e: print(e)
