"""collections.abc for tpy: the container ABCs, with structural checks (a class with
__iter__ is Iterable) and the mixin methods of Sequence, Set and Mapping."""

from abc import ABCMeta, abstractmethod
from _collections import deque

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container',
           'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
           'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence',
           'ByteString']


def _check_methods(C, *methods):
    """True when every method is defined (and not None) somewhere in C's MRO, else NotImplemented."""
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _structural(*methods):
    def __subclasshook__(cls, C):
        if cls is _owner[__subclasshook__]:
            return _check_methods(C, *methods)
        return NotImplemented
    return __subclasshook__


_owner = {}


# The type of list[int]: the ABCs that take parameters (Iterable[int], Mapping[str, int])
# make one of these when subscripted.
GenericAlias = type(list[int])


def _abc(name, bases, methods, hook_methods=None, namespace=None, generic=False):
    """Makes an ABC whose abstract methods are `methods`; hook_methods make it structural."""
    ns = dict(namespace or {})
    for m in methods:
        if m not in ns:
            ns[m] = abstractmethod(_abstract_stub(m))
    ns['__slots__'] = ()
    ns['__module__'] = 'collections.abc'
    if generic:
        ns['__class_getitem__'] = classmethod(GenericAlias)
    if hook_methods:
        hook = _structural(*hook_methods)
        ns['__subclasshook__'] = classmethod(hook)
    cls = ABCMeta(name, bases, ns)
    if hook_methods:
        _owner[hook] = cls
    return cls


def _abstract_stub(name):
    def stub(self, *args):
        raise NotImplementedError
    stub.__name__ = name
    return _DEFAULT_BODIES.get(name, stub)


# What the abstract methods of the one-trick ABCs do when a subclass reaches them through
# super(): the documented "empty" answers (hash 0, no items, not contained, ...).
def _empty_iterator(self):
    return
    yield


async def _no_next_item(self):
    raise StopAsyncIteration


def _no_next(self):
    raise StopIteration


def _raise_thrown(self, typ, val=None, tb=None):
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


async def _raise_thrown_async(self, typ, val=None, tb=None):
    _raise_thrown(self, typ, val, tb)


_DEFAULT_BODIES = {}
for _name, _body in (('__hash__', lambda self: 0), ('__len__', lambda self: 0),
                     ('__contains__', lambda self, x: False),
                     ('__call__', lambda self, *args, **kwds: False),
                     ('__iter__', _empty_iterator), ('__reversed__', _empty_iterator),
                     ('__await__', _empty_iterator), ('__next__', _no_next), ('send', _no_next),
                     ('throw', _raise_thrown), ('__anext__', _no_next_item),
                     ('asend', _no_next_item), ('athrow', _raise_thrown_async)):
    _body = _body.__func__ if hasattr(_body, '__func__') else _body
    _DEFAULT_BODIES[_name] = _body
del _name, _body


def _generator_next(self):
    return self.send(None)


def _generator_close(self):
    try:
        self.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        pass
    else:
        raise RuntimeError('generator ignored GeneratorExit')


async def _async_generator_next(self):
    return await self.asend(None)


async def _async_generator_close(self):
    try:
        await self.athrow(GeneratorExit)
    except (GeneratorExit, StopAsyncIteration):
        pass
    else:
        raise RuntimeError('asynchronous generator ignored GeneratorExit')


def _aiter_self(self):
    return self


Hashable = _abc('Hashable', (), ['__hash__'], ['__hash__'])
Awaitable = _abc('Awaitable', (), ['__await__'], ['__await__'], generic=True)
Coroutine = _abc('Coroutine', (Awaitable,), ['send', 'throw'], ['__await__', 'send', 'throw', 'close'],
                {'close': _generator_close})
AsyncIterable = _abc('AsyncIterable', (), ['__aiter__'], ['__aiter__'], generic=True)
AsyncIterator = _abc('AsyncIterator', (AsyncIterable,), ['__anext__'], ['__anext__', '__aiter__'],
                     {'__aiter__': _aiter_self})
AsyncGenerator = _abc('AsyncGenerator', (AsyncIterator,), ['asend', 'athrow'],
                      ['__aiter__', '__anext__', 'asend', 'athrow', 'aclose'],
                      {'__anext__': _async_generator_next, 'aclose': _async_generator_close})
Iterable = _abc('Iterable', (), ['__iter__'], ['__iter__'], generic=True)


def _iter_self(self):
    return self


Iterator = _abc('Iterator', (Iterable,), ['__next__'], ['__iter__', '__next__'], {'__iter__': _iter_self})
Reversible = _abc('Reversible', (Iterable,), ['__reversed__'], ['__reversed__', '__iter__'])
Generator = _abc('Generator', (Iterator,), ['send', 'throw'], ['__iter__', '__next__', 'send', 'throw', 'close'],
                {'__next__': _generator_next, 'close': _generator_close})
Sized = _abc('Sized', (), ['__len__'], ['__len__'])
Container = _abc('Container', (), ['__contains__'], ['__contains__'], generic=True)
Collection = _abc('Collection', (Sized, Iterable, Container), [], ['__len__', '__iter__', '__contains__'])


def _stands_for_parameters(obj):
    """Whether obj, in Callable[obj, R], stands for the whole parameter list: ..., a list
    of types, a typing.ParamSpec or a typing.Concatenate[...] (typing is not imported here)."""
    if obj is ... or isinstance(obj, list):
        return True
    kind = type(obj)
    return kind.__module__ == 'typing' and kind.__name__ in ('ParamSpec', '_ConcatenateGenericAlias')


def _name_in_alias(obj):
    """How an argument of Callable[...] is written in its repr."""
    if isinstance(obj, GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        return obj.__qualname__ if obj.__module__ == 'builtins' else f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(GenericAlias):
    """Callable[[A, B], R]: kept with the flat __args__ (A, B, R), shown with the brackets."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not isinstance(args, tuple) or len(args) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        params, result = args
        if isinstance(params, (tuple, list)):
            args = (*params, result)
        elif not _stands_for_parameters(params):
            raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or Concatenate. '
                            f'Got {params}')
        return super().__new__(cls, origin, args)

    def _one_object_for_parameters(self):
        args = self.__args__
        return len(args) == 2 and _stands_for_parameters(args[0])

    def __repr__(self):
        if self._one_object_for_parameters():
            return super().__repr__()
        params = ', '.join(_name_in_alias(a) for a in self.__args__[:-1])
        return f'collections.abc.Callable[[{params}], {_name_in_alias(self.__args__[-1])}]'

    def __reduce__(self):
        args = self.__args__
        if not self._one_object_for_parameters():
            args = (list(args[:-1]), args[-1])
        return _CallableGenericAlias, (Callable, args)

    def __getitem__(self, item):
        # Substituting the type variables gives a plain GenericAlias; rebuild this kind.
        if not isinstance(item, tuple):
            item = (item,)
        # Callable[P, R][int, str] means Callable[P, R][[int, str]] (PEP 612).
        params = self.__parameters__
        if len(params) == 1 and _stands_for_parameters(params[0]) and item and not _stands_for_parameters(item[0]):
            item = (item,)
        args = super().__getitem__(item).__args__
        if not isinstance(args[0], (tuple, list)):
            args = (args[:-1], args[-1])
        return _CallableGenericAlias(Callable, tuple(args))


def _callable_getitem(cls, params):
    return _CallableGenericAlias(cls, params)


Callable = _abc('Callable', (), ['__call__'], ['__call__'],
                {'__class_getitem__': classmethod(_callable_getitem)})


# ---------------------------------------------------------------- Sequence

class Sequence(Reversible, Collection):
    """A read-only sequence: __getitem__ and __len__ give the rest."""
    __slots__ = ()
    __module__ = 'collections.abc'
    __abc_tpflags__ = 1 << 5  # Py_TPFLAGS_SEQUENCE: subclasses match sequence patterns

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                yield self[i]
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class ByteString(Sequence):
    __slots__ = ()
    __module__ = 'collections.abc'


# ---------------------------------------------------------------- Set

class Set(Collection):
    """A read-only set: __contains__, __iter__ and __len__ give comparisons and operators."""
    __slots__ = ()
    __module__ = 'collections.abc'

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        return all(elem in other for elem in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        return all(elem in self for elem in other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        return not any(value in self for value in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([e for s in (self, other) for e in s])

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def _hash(self):
        """A hash for set-like classes to use as __hash__: frozenset's for the same items
        (each item's hash is scrambled, the results xor-ed together with the size, mixed)."""
        import sys
        mask = 2 * sys.maxsize + 1
        acc = 0
        for item in self:
            h = hash(item) & mask
            acc ^= ((h ^ 89869747) ^ ((h << 16) & mask)) * 3644798167 & mask
        acc ^= (len(self) + 1) * 1927868237 & mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & mask
        if acc > sys.maxsize:
            acc -= mask + 1
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self


# ---------------------------------------------------------------- Mapping

class Mapping(Collection):
    """A read-only mapping: __getitem__, __iter__ and __len__ give get, keys, items, values, ==."""
    __slots__ = ()
    __module__ = 'collections.abc'
    __abc_tpflags__ = 1 << 6  # Py_TPFLAGS_MAPPING: subclasses match mapping patterns

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MutableMapping(Mapping):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class MappingView(Sized):
    __slots__ = ('_mapping',)
    __module__ = 'collections.abc'
    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class KeysView(MappingView, Set):
    __slots__ = ()
    __module__ = 'collections.abc'

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()
    __module__ = 'collections.abc'

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()
    __module__ = 'collections.abc'

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


# The built-in types, registered as CPython registers them.
for _t in (tuple, str, range, memoryview):
    Sequence.register(_t)
ByteString.register(bytes)
ByteString.register(bytearray)
MutableSequence.register(list)
MutableSequence.register(bytearray)
MutableSequence.register(deque)
# array.array registers itself when the array module loads in CPython; it is native here, so cheap to load.
from array import array as _array
MutableSequence.register(_array)
del _array
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
# os.environ's type (a subclass in CPython; registered here so `import os` need not load this module).
from _os_environ import _Environ
MutableMapping.register(_Environ)
del _Environ
Mapping.register(type(type.__dict__))
KeysView.register(type({}.keys()))
ValuesView.register(type({}.values()))
ItemsView.register(type({}.items()))
Generator.register(type((lambda: (yield))()))
del _t, deque

