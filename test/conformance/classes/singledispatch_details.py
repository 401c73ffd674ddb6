# functools.singledispatch: ABC dispatch, union annotations, MRO ties, errors, registry and dispatch()
import functools, collections.abc as cabc
from typing import Union
@functools.singledispatch
def f(x): return 'default'
@f.register
def _(x: int | float): return 'number'
@f.register(cabc.Sequence)
def _(x): return 'sequence'
@f.register(cabc.Mapping)
def _(x): return 'mapping'
@f.register
def _(x: Union[bytes, bytearray]): return 'bytes-like'
print(f(1), f(1.5), f(True), f([1]), f('s'), f({}), f(b'x'), f(bytearray()), f(set()), f(None))
print(f.dispatch(bool).__name__ if False else '', f.dispatch(list) is f.dispatch(tuple), f.dispatch(object) is f.registry[object])
print(sorted(t.__name__ for t in f.registry))
try: f()
except TypeError as e: print('TypeError:', str(e).split(' at 0x')[0])
try:
    @f.register
    def _(x): return 'no annotation'
except TypeError as e: print('TypeError:', str(e).split(' at 0x')[0])
try:
    @f.register
    def _(x: 'int'): return 'string annotation'
except TypeError as e: print('TypeError:', str(e).split(' at 0x')[0])
try: f.register(5)
except TypeError as e: print('TypeError:', str(e).split(' at 0x')[0])
try:
    @f.register
    def _(x: list[int]): return 'generic alias'
except TypeError as e: print('TypeError:', str(e).split(' at 0x')[0])
class A: pass
class B: pass
class C(A, B): pass
@functools.singledispatch
def g(x): return 'base'
g.register(A, lambda x: 'A')
g.register(B, lambda x: 'B')
print(g(C()), g(A()), g(B()))
class Sized1:
    def __len__(self): return 0
class Iter1:
    def __iter__(self): return iter([])
class Both(Sized1, Iter1): pass
@functools.singledispatch
def h(x): return 'base'
h.register(cabc.Sized, lambda x: 'sized')
h.register(cabc.Iterable, lambda x: 'iterable')
print(h(Sized1()), h(Iter1()))
try: print(h(Both()))
except RuntimeError as e: print('RuntimeError:', e)
print(f.__name__, f.__wrapped__.__name__, type(f.registry).__name__)
@functools.singledispatch
def k(x, y=1): return ('k', x, y)
@k.register
def _(x: str, y=2): return ('str', x, y)
print(k(1), k('a'), k('a', y=5), k(x=1) if False else '')
try: k(x='a')
except TypeError as e: print('TypeError:', str(e).split(' at 0x')[0])
f.register(type(None), lambda x: 'none')
print(f(None), f.dispatch(type(None))(None))
# dispatch order through ABCs worked into the MRO
import collections
@functools.singledispatch
def w(x): return 'object'
for abc in [cabc.Sized, cabc.Iterable, cabc.Container, cabc.Collection, cabc.Sequence, cabc.MutableMapping, cabc.Hashable]:
    w.register(abc, (lambda name: lambda x: name)(abc.__name__))
class LenIter:
    def __len__(self): return 0
    def __iter__(self): return iter([])
class LenIterCont(LenIter):
    def __contains__(self, x): return False
class ListSub(list): pass
class DictSub(collections.OrderedDict): pass
class OnlyHash:
    pass
for v in [[], (), 'x', {}, set(), frozenset(), ListSub(), DictSub(), collections.deque(), range(2), b'', 1, None, OnlyHash(), LenIterCont(), iter([])]:
    try: print(type(v).__name__, w(v))
    except RuntimeError as e: print(type(v).__name__, 'RuntimeError:', e)
try: print(w(LenIter()))
except RuntimeError as e: print('RuntimeError:', e)
@functools.singledispatch
def z(x): return 'object'
z.register(cabc.Iterable, lambda x: 'iterable')
z.register(cabc.Container, lambda x: 'container')
for v in [[], 'x', LenIterCont(), {}, set()]:
    try: print(type(v).__name__, z(v))
    except RuntimeError as e: print(type(v).__name__, 'RuntimeError:', e)
class Reg: pass
cabc.Sequence.register(Reg)
print(w(Reg()), z(Reg()) if False else '')
