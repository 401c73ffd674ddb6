"""abc for tpy: ABCMeta (abstract methods, register, isinstance of registered classes),
ABC and abstractmethod, with CPython 3.11's messages.

CPython's abc module has no __all__, so neither has this one: its helpers are private.
"""

from _tpy_abc import register_collection as _register_collection


def abstractmethod(funcobj):
    """Marks a method abstract: a class with one cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The pre-3.3 spellings: the wrapper is abstract, and so is the function it wraps (which is what
# classmethod, staticmethod and property report as their own __isabstractmethod__).
class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractproperty(property):
    __isabstractmethod__ = True


def _abstract_names(cls):
    """The names still abstract in cls: its own abstract attributes, and any name abstract in a
    base that cls neither overrides nor inherits a concrete version of."""
    names = {name for name, value in cls.__dict__.items()
             if getattr(value, '__isabstractmethod__', False)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if name not in names and getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                names.add(name)
    return frozenset(names)


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ (after methods were added or replaced)."""
    # A class without the attribute is not an ABC: there is nothing to keep up to date.
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls)
    return cls


# Bumped by every register(): functools.singledispatch drops its dispatch cache when it changes.
_registrations = 0


def get_cache_token():
    return _registrations


class _abc_data:
    """An ABC's own bookkeeping (its registered virtual subclasses); tpy keeps no caches."""
    __slots__ = ('registry',)

    def __init__(self):
        self.registry = []


_abc_data.__module__ = '_abc'


class ABCMeta(type):
    """Metaclass of abstract base classes: tracks abstract methods and registered subclasses."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        # Set on every ABC, so reading it never finds a base's registry (CPython's _abc_impl).
        cls._abc_impl = _abc_data()
        return cls

    def register(cls, subclass):
        """Makes `subclass` a virtual subclass of this ABC."""
        global _registrations
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_impl.registry.append(subclass)
        _registrations += 1
        _register_collection(cls, subclass)
        return subclass

    def _abc_registry_clear(cls):
        """Forgets the registered virtual subclasses (for tests)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clears the caches (for tests): tpy's ABCs keep none."""

    def __instancecheck__(cls, instance):
        actual = type(instance)
        if cls.__subclasscheck__(actual):
            return True
        # A proxy may claim another class through __class__; CPython asks about that one too.
        claimed = getattr(instance, '__class__', actual)
        return claimed is not actual and isinstance(claimed, type) and cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        # The hook may be inherited (object's answers NotImplemented); its answer is final.
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            return bool(verdict)
        for candidate in cls._abc_impl.registry:
            if issubclass(subclass, candidate):
                return True
        for child in type.__subclasses__(cls):
            if issubclass(subclass, child):
                return True
        return False


class ABC(metaclass=ABCMeta):
    """A helper base: `class Shape(ABC)` instead of `metaclass=ABCMeta`."""
    __slots__ = ()
