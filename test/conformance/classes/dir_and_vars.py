# dir() and vars(): __dir__ overrides, ordering, errors, module __getattr__/__dir__
class A:
    cls_attr = 1
    def method(self): pass
class B(A):
    def __init__(self): self.inst = 2
b = B()
print([n for n in dir(b) if not n.startswith('__')], [n for n in dir(B) if not n.startswith('__')])
class Custom:
    def __dir__(self): return ['z', 'a', 'm', 'a']
print(dir(Custom()))
class BadDir:
    def __dir__(self): return 5
try: dir(BadDir())
except TypeError as e: print('TypeError:', e)
class TupleDir:
    def __dir__(self): return ('y', 'x')
print(dir(TupleDir()))
print(vars(b), sorted(vars(B)), type(vars(B)).__name__)
try: vars(1)
except TypeError as e: print('TypeError:', e)
try: vars(b, 1)
except TypeError as e: print('TypeError:', e)
class Slotted:
    __slots__ = ('a',)
try: vars(Slotted())
except TypeError as e: print('TypeError:', e)
print(sorted(n for n in dir(Slotted()) if not n.startswith('__')))
import sys
mod = type(sys)('dyn')
mod.x = 1
def mgetattr(name):
    if name == 'lazy': return 'computed'
    raise AttributeError(f"module 'dyn' has no attribute {name!r}")
mod.__getattr__ = mgetattr
mod.__dir__ = lambda: ['x', 'lazy']
print(mod.lazy, mod.x, dir(mod), hasattr(mod, 'nothing'))
try: mod.nothing
except AttributeError as e: print('AttributeError:', e)
m2 = type(sys)('plain')
try: m2.missing
except AttributeError as e: print('AttributeError:', e)
print(sorted(dir(m2)))
print(dir(1)[:5], 'real' in dir(int), len(dir(object)) > 10)
class Meta(type):
    def __dir__(cls): return ['meta_says']
class WithMeta(metaclass=Meta): pass
print(dir(WithMeta), 'meta_says' in dir(WithMeta()))
def f(): pass
f.attr = 1
print(vars(f), 'attr' in dir(f))
print(sorted(vars(type(sys)('m'))))
