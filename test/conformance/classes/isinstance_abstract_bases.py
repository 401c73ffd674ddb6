# isinstance/issubclass with objects posing as classes through a __bases__ tuple (abstract_issubclass)
class BasesProp:
    __bases__ = (int,)
class Fake:
    def __init__(self, bases): self.__bases__ = bases
class Inst:
    def __init__(self, cls): self.__class__ = cls
    @property
    def __class__(self): return self._c
    @__class__.setter
    def __class__(self, v): self._c = v
A = Fake(()); B = Fake((A,)); C = Fake((B, Fake(())))
print(issubclass(BasesProp(), int), issubclass(B, A), issubclass(C, A), issubclass(A, B), issubclass(C, C))
print(issubclass(int, A) if False else '', issubclass(bool, Fake((int,))) if False else '')
for args in [(B, int), (int, B), (1, A), (A, 1), (Fake(5), A), (A, Fake('x'))]:
    try: print(issubclass(*args))
    except TypeError as e: print('TypeError:', e)
x = Inst(B)
for args in [(x, A), (x, C), (1, A), (x, int), (x, Fake([]))]:
    try: print(isinstance(*args))
    except TypeError as e: print('TypeError:', e)
print(type.__subclasscheck__(int, BasesProp()), isinstance(x, (A, int)), issubclass(C, (int, A)))
try: type.__subclasscheck__(int, 5)
except TypeError as e: print('TypeError:', e)
class Raiser:
    @property
    def __bases__(self): raise ValueError('bases boom')
try: issubclass(Raiser(), int)
except ValueError as e: print('ValueError:', e)
class AttrErr:
    @property
    def __bases__(self): raise AttributeError('no')
try: issubclass(AttrErr(), int)
except TypeError as e: print('TypeError:', e)
