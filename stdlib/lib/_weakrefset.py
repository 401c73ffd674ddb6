"""_weakrefset for tpy: WeakSet, and the check of which objects CPython can weakly
reference (weakref.py says why these references hold their objects strongly)."""

# Built-in types whose instances CPython can weakly reference.
_WEAKREFABLE_BUILTINS = frozenset(['set', 'frozenset', 'function', 'builtin_function_or_method',
                                   'method', 'type', 'module', 'generator', 'coroutine',
                                   'async_generator', 'code', 'partial',
                                   '_lru_cache_wrapper', 'greenlet'])
_HEAPTYPE = 1 << 9
# Variable-size built-ins: their subclasses cannot gain a __weakref__ slot.
_VARSIZE_BUILTINS = (int, tuple, bytes)


def _weakrefable(cls):
    if isinstance(cls, type) and issubclass(cls, type):
        return True
    if not cls.__flags__ & _HEAPTYPE:
        return cls.__name__ in _WEAKREFABLE_BUILTINS
    for c in cls.__mro__:
        if not c.__flags__ & _HEAPTYPE:
            if c.__name__ in _WEAKREFABLE_BUILTINS:
                return True
            continue
        slots = c.__dict__.get('__slots__')
        if slots is None:
            if not issubclass(cls, _VARSIZE_BUILTINS):
                return True
            continue
        if isinstance(slots, str):
            slots = (slots,)
        if '__weakref__' in slots:
            return True
    return False


def _check_weakrefable(obj):
    if not _weakrefable(type(obj)):
        raise TypeError('cannot create weak reference to %r object' % type(obj).__name__)


class WeakSet:
    """A set whose elements are held by weak references."""

    def __init__(self, data=None):
        self.data = {}
        if data is not None:
            self.update(data)

    def _key(self, item):
        _check_weakrefable(item)
        return item

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            _check_weakrefable(item)
        except TypeError:
            return False
        return item in self.data

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, set(self.data))

    def __reduce__(self):
        return self.__class__, (list(self),), getattr(self, '__dict__', None) or None

    def add(self, item):
        self.data[self._key(item)] = None

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if not self.data:
            raise KeyError('pop from empty WeakSet')
        return self.data.popitem()[0]

    def remove(self, item):
        del self.data[self._key(item)]

    def discard(self, item):
        self.data.pop(self._key(item), None)

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            for item in other:
                self.data.pop(item, None)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        keep = set(other)
        for item in list(self.data):
            if item not in keep:
                del self.data[item]
        return self

    def issubset(self, other):
        return set(self.data).issubset(other)

    __le__ = issubset

    def __lt__(self, other):
        return set(self.data) < set(other)

    def issuperset(self, other):
        return set(self.data).issuperset(other)

    __ge__ = issuperset

    def __gt__(self, other):
        return set(self.data) > set(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self.data) == set(other.data)

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            for item in other:
                if item in self.data:
                    del self.data[item]
                else:
                    self.add(item)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __class_getitem__(cls, item):
        return cls
