"""weakref for tpy: ref, proxy, WeakMethod, WeakValueDictionary, WeakKeyDictionary, WeakSet,
finalize, getweakrefcount/getweakrefs.

DIVERGENCE: tpy has no reference counting, so it cannot tell, deterministically, when an
object stops being reachable. A weak reference here therefore holds its object strongly:
ref() never returns None, callbacks never run, the weak containers never lose entries on
their own, and a finalize callback runs only when called or at exit (as CPython's
atexit=True finalizers do for objects still alive then). What can and cannot be weakly
referenced follows CPython (docs/differences.md)."""

import sys
from _weakrefset import WeakSet, _check_weakrefable
from collections.abc import MutableMapping

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

# id(obj) -> the references and proxies made to obj, oldest first.
_refs_to = {}


def _register(obj, wr):
    _refs_to.setdefault(id(obj), []).append(wr)


class ReferenceType:
    """A reference to an object; calling it returns the object."""

    __slots__ = ('_obj', '__callback__', '__dict__')

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
        if callback is None and cls is ReferenceType:
            # As CPython: a plain reference without a callback is shared.
            for existing in _refs_to.get(id(obj), ()):
                if type(existing) is ReferenceType and existing.__callback__ is None:
                    return existing
        self = object.__new__(cls)
        self._obj = obj
        self.__callback__ = callback
        _register(obj, self)
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj != other._obj

    def __repr__(self):
        obj = self._obj
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
        return getattr(object.__getattribute__(self, '_ProxyType__obj'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_ProxyType__obj'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_ProxyType__obj'), name)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __repr__(self):
        obj = _target(self)
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
    return object.__getattribute__(p, '_ProxyType__obj')


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
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to obj (callable when obj is)."""
    _check_weakrefable(obj)
    cls = CallableProxyType if callable(obj) else ProxyType
    if callback is None:
        for existing in _refs_to.get(id(obj), ()):
            if type(existing) is cls and object.__getattribute__(existing, '_ProxyType__callback') is None:
                return existing
    p = cls(obj, callback)
    _register(obj, p)
    return p


def _weakref_head(obj):
    """obj.__weakref__: the head of CPython's list of the references to obj. A plain
    reference goes first, a plain proxy after it, any other after those (or first, when
    there are none of those)."""
    order = []
    for wr in _refs_to.get(id(obj), ()):
        basic_ref = type(wr) is ReferenceType and wr.__callback__ is None
        basic_proxy = type(wr) in ProxyTypes and object.__getattribute__(wr, '_ProxyType__callback') is None
        if basic_ref:
            order.insert(0, wr)
            continue
        prev = [i for i, r in enumerate(order)
                if (type(r) is ReferenceType and r.__callback__ is None)
                or (not basic_proxy and type(r) in ProxyTypes and object.__getattribute__(r, '_ProxyType__callback') is None)]
        order.insert(prev[-1] + 1 if prev else 0, wr)
    return order[0] if order else None


def getweakrefcount(obj):
    """The number of weak references and proxies made to obj."""
    return len(_refs_to.get(id(obj), ()))


def getweakrefs(obj):
    """The weak references and proxies made to obj."""
    return list(_refs_to.get(id(obj), ()))


class WeakMethod(ref):
    """A reference to a bound method; calling it gives the method again."""

    __slots__ = ('_func_ref', '_meth_type')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'.format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self() == other()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return self() != other()
        return NotImplemented

    def __hash__(self):
        return hash(self())


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held by weak references."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]()

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, None, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(list(self.data))

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        wr = self.data.get(key)
        return default if wr is None else wr()

    def items(self):
        for key, wr in list(self.data.items()):
            yield key, wr()

    def values(self):
        for wr in list(self.data.values()):
            yield wr()

    def keys(self):
        yield from list(self.data)

    def itervaluerefs(self):
        return iter(list(self.data.values()))

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *args):
        try:
            return self.data.pop(key)()
        except KeyError:
            if args:
                return args[0]
            raise

    def popitem(self):
        key, wr = self.data.popitem()
        return key, wr()

    def setdefault(self, key, default=None):
        if key in self.data:
            return self.data[key]()
        self[key] = default
        return default

    def copy(self):
        new = WeakValueDictionary()
        new.data = dict(self.data)
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, wr in self.data.items():
            new[deepcopy(key, memo)] = wr()
        return new

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class KeyedRef(ref):
    """A reference that remembers the dictionary key it is stored under."""

    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held by weak references."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter([wr() for wr in self.data])

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        for wr in list(self.data):
            yield wr()

    def values(self):
        yield from list(self.data.values())

    def items(self):
        for wr, value in list(self.data.items()):
            yield wr(), value

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        wr, value = self.data.popitem()
        return wr(), value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs and cls is ReferenceType:
            self.update(kwargs)

    def copy(self):
        new = WeakKeyDictionary()
        new.data = self.data.copy()
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for wr, value in self.data.items():
            new[wr()] = deepcopy(value, memo)
        return new

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class finalize:
    """finalize(obj, func, *args, **kwargs): calling it (or, if still pending, the end of
    the program when atexit is true) calls func(*args, **kwargs) once."""

    __slots__ = ('_key', '__weakref__')
    _registry = {}
    _index = 0
    _registered_with_atexit = False

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        _check_weakrefable(obj)
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = finalize._Info()
        info.weakref = ref(obj)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._index
        finalize._index += 1
        self._key = info.index
        finalize._registry[self._key] = info

    def _info(self):
        return finalize._registry.get(self._key)

    def __call__(self, _=None):
        """Call the callback unless it was called or detached already."""
        info = finalize._registry.pop(self._key, None)
        if info is not None:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Unregister; return (obj, func, args, kwargs), or None if no longer pending."""
        info = finalize._registry.pop(self._key, None)
        if info is not None:
            return (info.weakref(), info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs), or None if no longer pending."""
        info = self._info()
        if info is not None:
            return (info.weakref(), info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is still pending."""
        return self._key in finalize._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still pending."""
        info = self._info()
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._info()
        if info is not None:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._info()
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                      type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        # The pending finalizers marked atexit, newest first.
        pending = sorted((info.index, key) for key, info in cls._registry.items() if info.atexit)
        for _, key in reversed(pending):
            info = cls._registry.pop(key, None)
            if info is None:
                continue
            try:
                info.func(*info.args, **(info.kwargs or {}))
            except Exception:
                sys.excepthook(*sys.exc_info())
