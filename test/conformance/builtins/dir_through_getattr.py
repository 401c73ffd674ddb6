# object.__dir__ reads __dict__ and __class__ through getattr: a bound method lists its function's
# attributes, a __class__ property changes the class listed, and failing lookups are skipped
def f():
    pass
f.mark = 1
class C:
    def m(self):
        pass
C.m.tag = 2
print([n for n in dir(C().m) if not n.startswith('__')])
class Liar:
    @property
    def __class__(self):
        return int
    def own(self):
        pass
names = dir(Liar())
print('bit_length' in names, 'own' in names)
class NoDict:
    def __getattribute__(self, name):
        if name in ('__dict__', '__class__'):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
print(dir(NoDict()))
class Raising:
    @property
    def __dict__(self):
        raise RuntimeError('no dict for you')
try:
    dir(Raising())
except RuntimeError as e:
    print('RuntimeError', e)
class OddDict:
    x = 1
    @property
    def __dict__(self):
        return ['not', 'a', 'dict']
print([n for n in dir(OddDict()) if not n.startswith('__')])
class WithDict:
    def __init__(self):
        self.a = 1
print([n for n in dir(WithDict()) if not n.startswith('__')])
import types
ns = types.SimpleNamespace(p=1, q=2)
print([n for n in dir(ns) if not n.startswith('__')])
class OwnDict:
    __dict__ = {'fake': 1}
o = OwnDict()
o.real = 2
print(o.__dict__, [n for n in dir(o) if not n.startswith('__')], vars(o))
