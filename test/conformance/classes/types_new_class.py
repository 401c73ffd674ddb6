# types.new_class / prepare_class / resolve_bases, type() with keywords, __mro_entries__
import types
class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
X = type('X', (Base,), {}, flag=1)
try: type('Y', (), {}, flag=1)
except TypeError as e: print('TypeError:', e)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw); return {'from_prepare': True}
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, kw); return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw): super().__init__(name, bases, ns)
def body(ns): ns['added'] = 42
N = types.new_class('N', (), {'metaclass': Meta, 'k': 2}, body)
print(N.added, N.from_prepare, type(N).__name__, N.__module__ if False else '')
meta, ns, kwds = types.prepare_class('P', (), {'metaclass': Meta, 'z': 3})
print(meta.__name__, ns, kwds)
meta2, ns2, kw2 = types.prepare_class('Q', (int,))
print(meta2.__name__, ns2, kw2)
class Entry:
    def __mro_entries__(self, bases):
        print('mro_entries', len(bases)); return (Base,)
e = Entry()
print(types.resolve_bases((e, int)))
class Z(e): pass
print(Z.__bases__, Z.__orig_bases__[0] is e, Z.__mro__[1].__name__)
Dyn = types.new_class('Dyn', (e,))
print(Dyn.__bases__, Dyn.__orig_bases__[0] is e)
try: type('T', (e,), {})
except TypeError as e2: print('TypeError:', e2)
class BadEntry:
    def __mro_entries__(self, bases): return 5
try:
    class W(BadEntry()): pass
except TypeError as e3: print('TypeError:', e3)
class EmptyEntry:
    def __mro_entries__(self, bases): return ()
class V(EmptyEntry(), int): pass
print(V.__bases__)
print(types.SimpleNamespace(a=1, b=[2]), types.SimpleNamespace() == types.SimpleNamespace(), repr(types.SimpleNamespace(x=types.SimpleNamespace(y=1))))
ns = types.SimpleNamespace(a=1); ns.b = 2; del ns.a; print(ns, vars(ns))
try: types.SimpleNamespace(1)
except TypeError as e4: print('TypeError:', e4)
class SubNS(types.SimpleNamespace): pass
print(SubNS(q=1))
mp = types.MappingProxyType({'a': 1})
try: mp['b'] = 2
except TypeError as e5: print('TypeError:', e5)
print(mp, mp['a'], len(mp), mp.get('z', 0), mp | {'c': 3}, type(mp.copy()).__name__)
print(types.DynamicClassAttribute.__name__, types.coroutine.__name__, types.GenericAlias(list, (int,)))
