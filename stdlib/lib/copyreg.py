"""copyreg for tpy: the registry pickle and copy consult (dispatch_table, pickle(),
the extension codes), the reconstructors a reduce tuple names (__newobj__,
__newobj_ex__, _reconstructor), and object.__reduce_ex__'s default reduction, which the
native object.__reduce_ex__/__reduce__ call (see _object_reduce_ex)."""

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension', 'clear_extension_cache']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError('constructors must be callable')


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    # What protocols 0 and 1 call to rebuild an instance of a class written in Python.
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


_HEAPTYPE = 1 << 9


def _is_builtin(cls):
    # A native type (CPython: not a heap type), as opposed to a class written in Python.
    return not cls.__flags__ & _HEAPTYPE


def _tp_name(cls):
    # The name CPython's messages use: a native type's carries its module.
    if _is_builtin(cls) and cls.__module__ != 'builtins':
        return '%s.%s' % (cls.__module__, cls.__name__)
    return cls.__name__


def _reduce_ex(self, proto):
    """The reduction of protocols 0 and 1: rebuilt by _reconstructor from the first
    built-in base's value and the instance state."""
    cls = self.__class__
    for base in cls.__mro__:
        if _is_builtin(base):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError('cannot pickle %r object' % _tp_name(cls))
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is None or getstate is object.__getstate__:
        if getattr(self, '__slots__', None):
            raise TypeError('a class that defines __slots__ without defining __getstate__ '
                            'cannot be pickled')
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        dict = self.__getstate__()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def _slotnames(cls):
    """The names of cls's instance slots and its bases' (private names mangled), cached
    on the class as __slotnames__."""
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    if hasattr(cls, '__slots__'):
        for c in cls.__mro__:
            if '__slots__' not in c.__dict__:
                continue
            slots = c.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        name = '_%s%s' % (stripped, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _default_getstate(obj):
    """object.__getstate__ of CPython: the instance dict (None when empty), paired with a
    dict of the slot values when the class has slots."""
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _getstate(obj):
    getstate = getattr(type(obj), '__getstate__', None)
    if getstate is None or getstate is object.__getstate__:
        return _default_getstate(obj)
    return obj.__getstate__()


def _reduce_newobj(obj):
    """The reduction of protocols 2 and up: cls.__new__(cls, *args) through __newobj__
    (or __newobj_ex__ with keyword arguments), then the state, list items and dict items."""
    cls = type(obj)
    kwargs = None
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        value = getnewargs_ex()
        if not isinstance(value, tuple):
            raise TypeError('__getnewargs_ex__ should return a tuple, not %r' % type(value).__name__)
        if len(value) != 2:
            raise ValueError('__getnewargs_ex__ should return a tuple of length 2, not %d' % len(value))
        args, kwargs = value
        if not isinstance(args, tuple):
            raise TypeError('first item of the tuple returned by __getnewargs_ex__ must be a tuple, '
                            'not %r' % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError('second item of the tuple returned by __getnewargs_ex__ must be a dict, '
                            'not %r' % type(kwargs).__name__)
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError('__getnewargs__ should return a tuple, not %r' % type(args).__name__)
        else:
            args = None
    if kwargs:
        func, newargs = __newobj_ex__, (cls, args, kwargs)
    else:
        func, newargs = __newobj__, (cls,) + (args or ())
    state = _getstate(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems


def _builtin_reduce(obj, cls, proto):
    """The own __reduce__ of the built-in types whose instances (or subclasses') can be
    pickled, which tpy's native types do not define; None for the others."""
    if obj is ... or obj is NotImplemented:
        return repr(obj)
    state = getattr(obj, '__dict__', None) or None
    if isinstance(obj, (set, frozenset, bytearray)):
        # Their state is __getstate__'s: __slots__ values too (CPython's _PyObject_GetState).
        state = obj.__getstate__()
    if isinstance(obj, (set, frozenset)):
        return cls, (list(obj),), state
    if isinstance(obj, bytearray):
        if proto < 3:
            return cls, (bytes(obj).decode('latin-1'), 'latin-1'), state
        return cls, (bytes(obj),), state
    name = cls.__name__
    if name == 'method' or (name in ('builtin_function_or_method', 'method-wrapper') and _is_builtin(cls)):
        owner = obj.__self__
        if owner is None or type(owner).__name__ == 'module':
            return obj.__qualname__
        return getattr, (owner, obj.__name__)
    if name in ('method_descriptor', 'wrapper_descriptor') and _is_builtin(cls):
        return getattr, (obj.__objclass__, obj.__name__)
    if isinstance(obj, BaseException):
        if state is None:
            return cls, obj.args
        return cls, obj.args, state
    return None


def _first_builtin(cls):
    for base in cls.__mro__:
        if _is_builtin(base):
            return base
    return object


def _object_reduce_ex(obj, proto):
    """object.__reduce_ex__(obj, proto): the class's own __reduce__ if it has one, else the
    default reduction for the protocol."""
    cls = type(obj)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not object.__reduce__:
        return obj.__reduce__()
    return _object_reduce(obj, proto)


def _object_reduce(obj, proto):
    """object.__reduce__ (proto 0) and the default of __reduce_ex__."""
    cls = type(obj)
    rv = _builtin_reduce(obj, cls, proto)
    if rv is not None:
        return rv
    base = _first_builtin(cls)
    if (base is cls and base is not object and base is not list and base is not dict
            and not hasattr(cls, '__getnewargs__') and not hasattr(cls, '__getnewargs_ex__')):
        raise TypeError('cannot pickle %r object' % _tp_name(cls))
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


# Extension codes: pickle writes a registered (module, name) as a small integer
# (EXT1/EXT2/EXT4) instead of its name.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError('code out of range')
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError('key %s is already registered with code %s' % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError('code %s is already in use for key %s' % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError('key %s is not registered with code %s' % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
