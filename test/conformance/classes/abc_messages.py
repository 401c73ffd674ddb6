# abstract classes and their error messages; register, __subclasshook__
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def a(self): ...
    @abc.abstractmethod
    def b(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
    @classmethod
    @abc.abstractmethod
    def c(cls): ...
    @staticmethod
    @abc.abstractmethod
    def s(): ...
print(sorted(Base.__abstractmethods__))
for cls in [Base]:
    try: cls()
    except TypeError as e: print('TypeError:', e)
class Half(Base):
    def a(self): return 1
    def b(self): return 2
try: Half()
except TypeError as e: print('TypeError:', e)
class One(Half):
    p = 1
    c = classmethod(lambda cls: 1)
try: One()
except TypeError as e: print('TypeError:', e)
class Full(One):
    s = staticmethod(lambda: 1)
print(type(Full()).__name__, Full.__abstractmethods__)
class M(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def x(self): pass
M.x = lambda self: 1
try: M()
except TypeError as e: print('TypeError:', e)
abc.update_abstractmethods(M)
print(type(M()).__name__)
class R(abc.ABC): pass
class Plain: pass
R.register(Plain)
print(issubclass(Plain, R), isinstance(Plain(), R), R.register(int) is int)
@R.register
class Deco: pass
print(issubclass(Deco, R), Deco.__name__)
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hook), issubclass(int, Hook), isinstance(Duck(), Hook))
class NotABC: pass
try: abc.ABC.register(5)
except TypeError as e: print('TypeError:', e)
try:
    R.register(R)
except RuntimeError as e: print('RuntimeError:', e)
class Sub(R): pass
try: Sub.register(R)
except RuntimeError as e: print('RuntimeError:', e)
print(abc.ABCMeta.__name__, type(abc.ABC).__name__, getattr(Base.a, '__isabstractmethod__', False))
class Props(abc.ABC):
    @abc.abstractproperty
    def old(self): ...
try: Props()
except TypeError as e: print('TypeError:', e)
class Single(abc.ABC):
    @abc.abstractmethod
    def only(self): ...
try: Single()
except TypeError as e: print('TypeError:', e)
class NoMeta:
    @abc.abstractmethod
    def f(self): ...
print(type(NoMeta()).__name__)
print(abc.get_cache_token() is not None)
