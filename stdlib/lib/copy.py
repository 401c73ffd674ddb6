"""copy for tpy: shallow and deep copies (copy, deepcopy), honouring __copy__,
__deepcopy__ and the __reduce_ex__ protocol, with a memo for shared and cyclic objects."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = frozenset([type(None), type(Ellipsis), type(NotImplemented), int, float, complex, bool,
                     str, bytes, range, type, type(len), type(lambda: None), property])


def _is_atomic(cls):
    return cls in _atomic or issubclass(cls, type)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if _is_atomic(cls) or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls):
    """x's reduce tuple: its own __reduce_ex__/__reduce__ if the class defines one, else the default."""
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not object.__reduce_ex__:
        return reductor(x, 4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None and reductor is not object.__reduce__:
        return x.__reduce__()
    return _default_reduce(x, cls)


_IMMUTABLE_BASES = (tuple, int, float, complex, str, bytes)


def _new_object(cls, *args, **kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _default_reduce(x, cls):
    """What object.__reduce_ex__(4) gives for an instance of a class written in Python."""
    if cls.__module__ == 'builtins':
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), _state_of(x, cls)
    kwargs = {}
    if hasattr(x, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(x, '__getnewargs__'):
        args = x.__getnewargs__()
    else:
        args = ()
        for base in _IMMUTABLE_BASES:
            if isinstance(x, base):
                args = (base(x),)
                break
    if kwargs:
        func, args = _new_object_kw, (cls, args, kwargs)
    else:
        func, args = _new_object, (cls,) + tuple(args)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return func, args, _state_of(x, cls), listitems, dictitems


def _new_object_kw(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _state_of(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not object.__getstate__:
        return x.__getstate__()
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    # As object.__getstate__: slot values travel as a second dict.
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state or None, slots)
    return state or None


def _slot_names(cls):
    """The instance slots of cls and its bases (copyreg._slotnames), private names mangled."""
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
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
    return names


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; `memo` maps id() of objects already copied to their copies."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple may have been copied while copying its own items (a cycle through a list).
        if d in memo:
            return memo[d]
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = x.copy()
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keeps x alive as long as the memo is, so its id() cannot be reused for another object.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
