# __init_subclass__ with keywords, __class_getitem__, class decorators
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.pname = name or cls.__name__.lower()
        Plugin.registry.append(cls.pname)
class One(Plugin): pass
class Two(Plugin, name='deux'): pass
class Three(Two): pass
print(Plugin.registry, Three.pname)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e: print('TypeError:', e)
try:
    class Bad2(object, x=1): pass
except TypeError as e: print('TypeError:', e)
class Implicit:
    def __init_subclass__(cls): print('implicit classmethod', cls.__name__, type(Implicit.__dict__['__init_subclass__']).__name__)
class Sub(Implicit): pass
class G:
    def __class_getitem__(cls, item): return f'{cls.__name__}[{item!r}]'
print(G[int], G[1, 2], type(G.__dict__['__class_getitem__']).__name__)
class G2(G): pass
print(G2['x'])
try: G()[0]
except TypeError as e: print('TypeError:', e)
class NoCGI: pass
try: NoCGI[int]
except TypeError as e: print('TypeError:', e)
def deco(cls):
    cls.decorated = True
    return cls
def replace(cls): return 'replaced'
@deco
class D: pass
@replace
class E: pass
print(D.decorated, E)
def order(tag):
    def d(cls): print('deco', tag, cls.__name__); return cls
    return d
@order(1)
@order(2)
class F: pass
class P:
    def __init_subclass__(cls, **kw):
        print('P sees', cls.__name__, kw)
class Mixin:
    def __init_subclass__(cls, **kw):
        print('Mixin sees', kw)
        super().__init_subclass__()
class Q(Mixin, P, flag=True): pass
print(list[int], dict[str, list[int]], type[int] if True else '')
