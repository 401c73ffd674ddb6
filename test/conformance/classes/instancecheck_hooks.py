# __instancecheck__/__subclasscheck__ on metaclasses, __class__ overrides, tuple/union arguments
class Meta(type):
    def __instancecheck__(cls, inst):
        print('instancecheck', cls.__name__, type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, sub.__name__)
        return sub is int
class IntLike(metaclass=Meta): pass
print(isinstance(3, IntLike), isinstance('x', IntLike), issubclass(int, IntLike), issubclass(str, IntLike))
print(isinstance(IntLike(), IntLike))
print(isinstance(3, (str, IntLike)), issubclass(bool, (IntLike, str)))
class Fake:
    @property
    def __class__(self): return int
f = Fake()
print(isinstance(f, int), isinstance(f, Fake), type(f).__name__, f.__class__.__name__)
class Weird:
    __class__ = str
print(isinstance(Weird(), str), isinstance(Weird(), Weird))
for args in [(1, 1), (1, (int, 1)), (1, [int])]:
    try: print(isinstance(*args))
    except TypeError as e: print('TypeError:', e)
for args in [(1, int), (int, 1), (int, (int, 1)), (int, [int])]:
    try: print(issubclass(*args))
    except TypeError as e: print('TypeError:', e)
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
try: isinstance(1, list[int])
except TypeError as e: print('TypeError:', e)
try: issubclass(list, list[int])
except TypeError as e: print('TypeError:', e)
class Bad(type):
    def __instancecheck__(cls, inst): return 'yes'
class B(metaclass=Bad): pass
print(isinstance(1, B))
class Raise(type):
    def __subclasscheck__(cls, sub): raise ValueError('nope')
class R(metaclass=Raise): pass
try: issubclass(int, R)
except ValueError as e: print('ValueError:', e)
try:
    try: raise KeyError('k')
    except R: print('never')
except (ValueError, TypeError) as e: print(type(e).__name__, 'in except:', e)
class BasesProp:
    __bases__ = (int,)
    def __call__(self): pass
try: print(issubclass(BasesProp(), int))
except TypeError as e: print('TypeError:', e)
print(isinstance(True, (((int,),),)))
nested = (str,)
for _ in range(5): nested = (nested,)
print(isinstance('s', nested))
