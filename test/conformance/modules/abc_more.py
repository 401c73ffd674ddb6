# abc beyond the basics: abstractclassmethod/staticmethod/property and abstract properties' parts, update_abstractmethods, register (as a decorator, its errors, chains through subclasses and registered ABCs), get_cache_token, __subclasshook__ precedence, instances that claim another __class__, and the misuse errors
import abc
from abc import ABC, ABCMeta, abstractmethod

def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class Old(ABC):
    @abc.abstractclassmethod
    def make(cls): pass
    @abc.abstractstaticmethod
    def helper(): pass
    @abc.abstractproperty
    def size(self): pass
    @classmethod
    @abstractmethod
    def modern(cls): pass
print(sorted(Old.__abstractmethods__))
show('Old()', Old)
print(Old.__dict__['make'].__isabstractmethod__, Old.__dict__['helper'].__isabstractmethod__, Old.__dict__['size'].__isabstractmethod__)

class Prop(ABC):
    def get(self): return 1
    @abstractmethod
    def put(self, v): pass
    value = property(get, put)
print(sorted(Prop.__abstractmethods__), Prop.value.__isabstractmethod__)
show('Prop()', Prop)

class Later(ABC):
    @abstractmethod
    def run(self): pass
class Impl(Later):
    pass
show('Impl()', Impl)
Impl.run = lambda self: 'ran'
print(sorted(Impl.__abstractmethods__))
print(abc.update_abstractmethods(Impl) is Impl, sorted(Impl.__abstractmethods__), Impl().run())
Impl.extra = abstractmethod(lambda self: 0)
abc.update_abstractmethods(Impl); print(sorted(Impl.__abstractmethods__))
class NotAbc:
    pass
print(abc.update_abstractmethods(NotAbc) is NotAbc, hasattr(NotAbc, '__abstractmethods__'))

class Sized2(ABC):
    pass
t0 = abc.get_cache_token()
@Sized2.register
class Thing:
    pass
print(Thing.__name__, issubclass(Thing, Sized2), isinstance(Thing(), Sized2), abc.get_cache_token() > t0)
class SubThing(Thing):
    pass
print(issubclass(SubThing, Sized2), Sized2.register(SubThing) is SubThing)
class Child(Sized2):
    pass
Child.register(tuple)
print(issubclass(tuple, Sized2), issubclass(tuple, Child), issubclass(list, Child), isinstance((), Sized2))
t1 = abc.get_cache_token()
Sized2.register(Child); print(abc.get_cache_token() == t1)
show('register int', lambda: Sized2.register(5))
show('register cycle', lambda: Child.register(Sized2))
show('issubclass non-class', lambda: issubclass(5, Sized2))
print(issubclass(bool, Sized2), isinstance(None, Sized2))

class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'):
            return True
        if hasattr(C, 'bark'):
            return False
        return NotImplemented
class Duck:
    def quack(self): pass
class Dog:
    def bark(self): pass
Hooked.register(Dog)
class HookedChild(Hooked):
    pass
print(issubclass(Duck, Hooked), issubclass(Dog, Hooked), issubclass(int, Hooked), issubclass(Duck, HookedChild), issubclass(HookedChild, Hooked))

class Pretender:
    @property
    def __class__(self):
        return Thing
print(isinstance(Pretender(), Sized2), isinstance(Pretender(), Thing), isinstance(Pretender(), Pretender))

class Meta2(ABCMeta):
    pass
class WithMeta(metaclass=Meta2):
    @abstractmethod
    def f(self): pass
print(type(WithMeta).__name__, sorted(WithMeta.__abstractmethods__))
class Kw(ABC):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class KwChild(Kw, flag='yes'):
    pass
print(KwChild.flag, isinstance(KwChild(), Kw))
print(ABC.__slots__, type(ABC), abc.ABCMeta.__name__, abstractmethod.__name__)
