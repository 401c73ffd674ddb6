"""copy for tpy: shallow and deep copies (copy, deepcopy), honouring __copy__,
__deepcopy__ and the __reduce_ex__ protocol, with a memo for shared and cyclic objects."""

__all__ = ['Error', 'copy', 'deepcopy']

from copyreg import dispatch_table


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
