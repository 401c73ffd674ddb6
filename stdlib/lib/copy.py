"""copy for tpy: shallow and deep copies (copy, deepcopy), honouring __copy__,
__deepcopy__ and the __reduce_ex__ protocol, with a memo for shared and cyclic objects."""

__all__ = ['Error', 'copy', 'deepcopy']

import sys as _sys
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error

_atomic = frozenset([type(None), type(Ellipsis), type(NotImplemented), int, float, complex, bool,
                     str, bytes, range, type, type(len), type(lambda: None), property,
                     type((lambda: None).__code__)])


def _is_atomic(cls):
    return cls in _atomic or issubclass(cls, type) or _is_weakref(cls)


def _is_weakref(cls):
    # weakref.ref objects are copied as themselves, by copy and deepcopy alike. One exists
    # only once weakref is imported, so copy does not import it (it is imported early and often).
    weakref = _sys.modules.get('weakref')
    return weakref is not None and cls is weakref.ref


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    # A slice is immutable for copy() only: deepcopy() makes a new one (through __reduce__).
    if _is_atomic(cls) or cls is tuple or cls is frozenset or cls is slice:
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
    """x's reduce tuple: copyreg's dispatch table, else its __reduce_ex__(4) (whose default,
    object.__reduce_ex__, is copyreg's), else its __reduce__."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, '__reduce_ex__', None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, '__reduce__', None)
    if reductor is not None:
        return reductor()
    raise Error('un(shallow)copyable object of type %s' % cls)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; `memo` maps id() of objects already copied to their copies.

    Containers are copied by one function per type (_deepcopy_list, ...), as CPython's are:
    each level of nesting takes the same two frames as there, so a structure too deep for
    CPython's recursion limit is too deep here too."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type) or _is_weakref(cls):
        y = x
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


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    items = [deepcopy(item, memo) for item in x]
    # A tuple may have been copied while copying its own items (a cycle through a list).
    if id(x) in memo:
        return memo[id(x)]
    for a, b in zip(x, items):
        if a is not b:
            return tuple(items)
    return x


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    return type(x)(deepcopy(item, memo) for item in x)


def _deepcopy_bytearray(x, memo):
    return x.copy()


def _deepcopy_method(x, memo):
    # A bound method copies its object, not its function.
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {cls: _deepcopy_atomic for cls in _atomic}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[set] = _deepcopy_set
_deepcopy_dispatch[frozenset] = _deepcopy_set
_deepcopy_dispatch[bytearray] = _deepcopy_bytearray
_deepcopy_dispatch[type(_deepcopy_atomic.__get__(0))] = _deepcopy_method


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
