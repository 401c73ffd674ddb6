"""_weakref for tpy: the weak reference and proxy types (CPython's are in C).

A reference keeps its object in a field the VM's walks do not follow (vm/object_graph.ts),
and is entered in its object's list of references (the native _tpy_weakref, in CPython's
order). When the object goes, the VM clears the field and runs the callbacks
(vm/weak_ref_clear.ts): calling a reference then gives None, a proxy raises ReferenceError.
weakref.py says which objects the VM watches for that."""

import _tpy_weakref

# Built-in types whose instances CPython can weakly reference.
_WEAKREFABLE_BUILTINS = frozenset(['set', 'frozenset', 'function', 'builtin_function_or_method',
                                   'method', 'type', 'module', 'generator', 'coroutine',
                                   'async_generator', 'code', 'partial',
                                   '_lru_cache_wrapper', 'greenlet', 'deque', 'array', 'Pattern',
                                   'lock', 'RLock'])
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
    cls = type(obj)
    if not _weakrefable(cls):
        # CPython names the type by its tp_name: a native type's carries its module.
        name = cls.__name__
        if not cls.__flags__ & _HEAPTYPE and cls.__module__ != 'builtins':
            name = '%s.%s' % (cls.__module__, name)
        raise TypeError('cannot create weak reference to %r object' % name)


# Where each reference stands in its object's list (vm/weak_ref_registry.ts).
_BASIC_REF, _BASIC_PROXY, _OTHER = 0, 1, 2


class ReferenceType:
    """A reference to an object; calling it returns the object, or None once it is gone."""

    __slots__ = ('_obj', '__callback__', '_hash', '__dict__')

    def __new__(cls, *args, **kwargs):
        # Checked as CPython's PyArg_UnpackTuple(args, "__new__", 1, 2) does; only ref itself
        # (its vectorcall) refuses keywords, a subclass ignores them.
        if kwargs and cls is ReferenceType:
            raise TypeError('ref() takes no keyword arguments')
        if not args:
            raise TypeError('__new__ expected at least 1 argument, got 0')
        if len(args) > 2:
            raise TypeError('__new__ expected at most 2 arguments, got %d' % len(args))
        obj = args[0]
        callback = args[1] if len(args) == 2 else None
        _check_weakrefable(obj)
        basic = callback is None and cls is ReferenceType
        if basic:
            # As CPython: a plain reference without a callback is shared (the list's head).
            refs = _tpy_weakref.refs(obj)
            if refs and type(refs[0]) is ReferenceType and refs[0].__callback__ is None:
                return refs[0]
        self = object.__new__(cls)
        self._obj = obj
        self.__callback__ = callback
        self._hash = None
        _tpy_weakref.register(obj, self, _BASIC_REF if basic else _OTHER)
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __call__(self):
        return self._obj

    def __hash__(self):
        # The object's hash, kept: a dead reference still finds its entry in a dict.
        h = self._hash
        if h is None:
            obj = self._obj
            if obj is None:
                raise TypeError('weak object has gone away')
            h = self._hash = hash(obj)
        return h

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self._obj, other._obj
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self._obj, other._obj
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        obj = self._obj
        if obj is None:
            return '<weakref at %#x; dead>' % id(self)
        name = getattr(obj, '__name__', None)
        if isinstance(name, str):
            return '<weakref at %#x; to %r at %#x (%s)>' % (id(self), type(obj).__name__, id(obj), name)
        return '<weakref at %#x; to %r at %#x>' % (id(self), type(obj).__name__, id(obj))

    def __class_getitem__(cls, item):
        return cls


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


class ProxyType:
    """Stands for an object: attribute access and operators go to it."""

    __slots__ = ('_ProxyType__obj', '_ProxyType__callback')

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_ProxyType__obj', obj)
        object.__setattr__(self, '_ProxyType__callback', callback)

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __repr__(self):
        # A dead proxy's object is None, as CPython's repr shows it.
        obj = object.__getattribute__(self, '_ProxyType__obj')
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __bytes__(self):
        return bytes(_target(self))

    def __index__(self):
        import operator
        return operator.index(_target(self))

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __abs__(self):
        return abs(_target(self))

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __invert__(self):
        return ~_target(self)

    def __reversed__(self):
        return reversed(_target(self))


def _target(p):
    obj = object.__getattribute__(p, '_ProxyType__obj')
    if obj is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return obj


def _unwrap(x):
    return _target(x) if isinstance(x, ProxyType) else x


def _binary(name):
    import operator
    op = getattr(operator, name)

    def forward(self, other):
        return op(_target(self), _unwrap(other))

    def reflected(self, other):
        return op(_unwrap(other), _target(self))

    return forward, reflected


for _name in ('add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
              'and', 'or', 'xor', 'matmul'):
    _op = _name + '_' if _name in ('and', 'or') else _name
    _fwd, _rev = _binary(_op)
    setattr(ProxyType, '__%s__' % _name, _fwd)
    setattr(ProxyType, '__r%s__' % _name, _rev)
    _fwd, _rev = _binary('i' + _name)
    setattr(ProxyType, '__i%s__' % _name, _fwd)
for _name in ('lt', 'le', 'eq', 'ne', 'gt', 'ge'):
    setattr(ProxyType, '__%s__' % _name, _binary(_name)[0])
del _name, _op, _fwd, _rev
ProxyType.__module__ = 'weakref'


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


CallableProxyType.__module__ = 'weakref'


def proxy(obj, callback=None):
    """A proxy to obj (callable when obj is)."""
    _check_weakrefable(obj)
    cls = CallableProxyType if callable(obj) else ProxyType
    if callback is None:
        # As CPython: a plain proxy is shared (it follows the plain reference in the list).
        for existing in _tpy_weakref.refs(obj)[:2]:
            if type(existing) is cls and object.__getattribute__(existing, '_ProxyType__callback') is None:
                return existing
    p = cls(obj, callback)
    _tpy_weakref.register(obj, p, _BASIC_PROXY if callback is None else _OTHER)
    return p


def getweakrefcount(obj):
    """The number of weak references and proxies to obj."""
    return len(_tpy_weakref.live_refs(obj))


def getweakrefs(obj):
    """The weak references and proxies to obj."""
    return _tpy_weakref.live_refs(obj)


def _remove_dead_weakref(d, key):
    """Deletes d[key] if it is a dead reference (a live one was stored under key since)."""
    wr = d.get(key)
    if wr is not None and wr() is None:
        del d[key]


