"""functools for tpy: reduce, partial, partialmethod, wraps/update_wrapper, lru_cache/cache,
cached_property, cmp_to_key, total_ordering, singledispatch and singledispatchmethod,
behaving as CPython 3.11's."""

from abc import get_cache_token
from types import GenericAlias
from _thread import RLock
from reprlib import recursive_repr

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

# A default no caller can pass: tells "not given" from None.
_ABSENT = object()


# ---------------------------------------------------------------- wrapping

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Copies `wrapped`'s identity (name, doc, ... and its __dict__ entries) onto `wrapper`,
    records `wrapped` as wrapper.__wrapped__, and returns wrapper."""
    for name in assigned:
        value = getattr(wrapped, name, _ABSENT)
        if value is not _ABSENT:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so a __wrapped__ copied from wrapped's __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator: update_wrapper(decorated, wrapped, assigned, updated)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------- reduce

def reduce(function, sequence, initial=_ABSENT):
    """reduce(function, iterable[, initial]) -> value

    Folds the iterable from the left with the two-argument function, starting from
    initial when given."""
    it = iter(sequence)
    if initial is _ABSENT:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# Native, as CPython's C one: a profiler sees one built-in call. The Python one above stands
# in when _functools is blocked, as CPython's functools.py has one.
try:
    from _functools import reduce
except ImportError:
    pass


# ---------------------------------------------------------------- partial

def _readonly(slot):
    # partial's func/args/keywords are read-only members in CPython.
    def refuse(self, *value):
        raise AttributeError('readonly attribute')
    return property(lambda self: getattr(self, slot), refuse, refuse)


class partial:
    """partial(func, *args, **keywords): a callable that calls func with these arguments
    first and these keywords (overridable) added to its own."""

    __slots__ = ('_fn', '_pos', '_kw', '__dict__', '__weakref__')

    func = _readonly('_fn')
    args = _readonly('_pos')
    keywords = _readonly('_kw')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        fn = args[0]
        if not callable(fn):
            raise TypeError('the first argument must be callable')
        pos = args[1:]
        # A plain partial (one calling as partial does, with no attributes of its own)
        # is merged into the new one, so nesting costs nothing at call time.
        if isinstance(fn, partial) and type(fn).__call__ is partial.__call__ and not fn.__dict__:
            pos = fn._pos + pos
            keywords = {**fn._kw, **keywords}
            fn = fn._fn
        self = object.__new__(cls)
        self._fn = fn
        self._pos = pos
        self._kw = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if self._kw:
            keywords = {**self._kw, **keywords}
        return self._fn(*self._pos, *args, **keywords)

    @recursive_repr()
    def __repr__(self):
        pieces = [repr(self._fn)]
        pieces += [repr(a) for a in self._pos]
        pieces += ['%s=%r' % item for item in self._kw.items()]
        cls = type(self)
        shown = 'functools.partial' if cls is partial else cls.__qualname__
        return '%s(%s)' % (shown, ', '.join(pieces))

    def __reduce__(self):
        # The keywords dict itself (copy.copy shares it, as CPython's).
        state = (self._fn, self._pos, self._kw, self.__dict__ or None)
        return type(self), (self._fn,), state

    def __setstate__(self, state):
        if not (isinstance(state, tuple) and len(state) == 4):
            raise TypeError('invalid partial state')
        fn, pos, kw, namespace = state
        if not (callable(fn) and isinstance(pos, tuple) and (kw is None or isinstance(kw, dict))):
            raise TypeError('invalid partial state')
        self._fn = fn
        self._pos = pos if type(pos) is tuple else tuple(pos)
        self._kw = {} if kw is None else kw if type(kw) is dict else dict(kw)
        if isinstance(namespace, dict):
            self.__dict__ = namespace
        elif namespace is None:
            self.__dict__ = {}

    __class_getitem__ = classmethod(GenericAlias)


class partialmethod:
    """A partial() for methods: binds like the callable or descriptor it wraps, then
    supplies the stored arguments after the instance (or class)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        cls = type(self)
        positional = ', '.join(repr(a) for a in self.args)
        named = ', '.join('%s=%r' % item for item in self.keywords.items())
        return '%s.%s(%r, %s, %s)' % (cls.__module__, cls.__qualname__, self.func, positional, named)

    def _make_unbound_method(self):
        # Used when the wrapped callable does not bind itself: a plain function taking
        # the instance first, which then binds like any method.
        stored = self

        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**stored.keywords, **keywords}
            return stored.func(cls_or_self, *stored.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # It bound itself (a method, classmethod, staticmethod...).
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _ABSENT)
                if owner is not _ABSENT:
                    result.__self__ = owner
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------------------- lru_cache

class _HashedKey(list):
    # A call's key: a list of the arguments (unhashable, so never mistaken for an argument)
    # that hashes once, as the key is hashed at every lookup.
    __slots__ = ('hashvalue',)

    def __init__(self, parts):
        self[:] = parts
        self.hashvalue = hash(tuple(parts))

    def __hash__(self):
        return self.hashvalue


# Separates positional arguments from keyword ones in a key.
_KWD_MARK = object()


# len and type are bound at definition: a cached builtins.len must not call back into this.
def _make_key(args, kwds, typed, len=len, type=type):
    parts = list(args)
    if kwds:
        parts.append(_KWD_MARK)
        for item in kwds.items():
            parts.extend(item)
    if typed:
        parts.extend(type(v) for v in args)
        if kwds:
            parts.extend(type(v) for v in kwds.values())
    elif len(parts) == 1 and type(parts[0]) in (int, str):
        # One int or str argument is its own key: it hashes fast and cannot be mistaken.
        return parts[0]
    return _HashedKey(parts)


def _lru_cache_wrapper(user_function, maxsize, typed, info_type, len=len):
    # The Python cache, used when _functools is blocked: a dict kept in use order (a hit
    # moves its key to the end; the first key is the least recently used).
    cache = {}
    hits = misses = 0
    lock = RLock()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _ABSENT)
            if result is not _ABSENT:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            with lock:
                result = cache.pop(key, _ABSENT)
                if result is not _ABSENT:
                    cache[key] = result
                    hits += 1
                    return result
                misses += 1
            result = user_function(*args, **kwds)
            with lock:
                # A recursive call may have cached this key meanwhile: keep one entry.
                cache.pop(key, None)
                cache[key] = result
                while len(cache) > maxsize:
                    del cache[next(iter(cache))]
            return result

    def cache_info():
        """Report cache statistics"""
        with lock:
            return info_type(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        nonlocal hits, misses
        with lock:
            cache.clear()
            hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


# The cache itself is native (stdlib/functools_native.ts), as CPython's is C: its calls
# cost about what a dict lookup does. The Python one above stands in when _functools is blocked.
try:
    from _functools import _lru_cache_wrapper
except ImportError:
    pass


def _cache_info_type():
    # The CacheInfo namedtuple class, made when first needed (importing functools does not
    # import collections), then found as the global _CacheInfo.
    global _CacheInfo
    from collections import namedtuple
    _CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], module='functools')
    return _CacheInfo


def __getattr__(name):
    # functools._CacheInfo before lru_cache first needed it.
    if name == '_CacheInfo':
        return _cache_info_type()
    # name and obj as CPython's module lookup sets them: they give the 'Did you mean' hint.
    import sys
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}', name=name, obj=sys.modules[__name__])


def lru_cache(maxsize=128, typed=False):
    """Memoizing decorator keeping the `maxsize` most recently used results (all of them
    when maxsize is None); typed=True caches f(3) and f(3.0) apart. Usable bare too."""
    try:
        info_type = _CacheInfo
    except NameError:
        info_type = _cache_info_type()
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without parentheses: maxsize is the function.
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, info_type)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, info_type)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function, /):
    """Unbounded memoizing decorator: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------- cached_property

# A property computed on first access, then kept in the instance's __dict__ (which,
# being found first from then on, serves later reads directly). No docstring: the
# class's __doc__ is None in CPython too.
class cached_property:

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        where = "on %r instance" % type(instance).__name__
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute %s to cache %r property." % (where, name)) from None
        value = store.get(name, _ABSENT)
        if value is _ABSENT:
            with self.lock:
                # Another thread may have computed it while this one waited.
                value = store.get(name, _ABSENT)
                if value is _ABSENT:
                    value = self.func(instance)
                    try:
                        store[name] = value
                    except TypeError:
                        raise TypeError("The '__dict__' attribute %s does not support item assignment "
                                        "for caching %r property." % (where, name)) from None
        return value

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------------------- cmp_to_key

def _key_wrapper_class(mycmp):
    """cmp_to_key's work (_functools.cmp_to_key, a built-in function, calls it): the key= class for mycmp."""
    # DIVERGENCE: CPython's result is a callable functools.KeyWrapper object (a C type); here
    # it is a class of that name whose instances are the keys: tpy makes and compares these
    # fastest (a sort makes one key per item). Misuse reads differently (see differences.md).
    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(a, b):
            return mycmp(a.obj, b.obj) < 0

        def __le__(a, b):
            return mycmp(a.obj, b.obj) <= 0

        def __eq__(a, b):
            return mycmp(a.obj, b.obj) == 0

        def __gt__(a, b):
            return mycmp(a.obj, b.obj) > 0

        def __ge__(a, b):
            return mycmp(a.obj, b.obj) >= 0

        __hash__ = None

    KeyWrapper.__qualname__ = 'KeyWrapper'
    # Messages name it as CPython names its C type ("unhashable type: 'functools.KeyWrapper'").
    _c_type(KeyWrapper)
    return KeyWrapper


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return _key_wrapper_class(mycmp)


try:
    from _functools import cmp_to_key
except ImportError:
    pass


# ---------------------------------------------------------------- total_ordering

# The methods total_ordering adds: each derives one comparison from the class's root
# one (looked up on the operand's class at call time, as a subclass may redefine it) and
# ==/!=. Written out one by one, as tpy calls a literal attribute fastest; their names
# are the __qualname__s CPython's show.

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else (not r and self != other)


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else (r or self == other)


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else (not r or self == other)


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else (r and self != other)


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else (not r and self != other)


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else (r or self == other)


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else (not r or self == other)


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else (r and self != other)


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r


_SYMBOL = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}

# root -> the three it gives, in the order CPython adds them.
_DERIVED = {
    '__lt__': (_gt_from_lt, _le_from_lt, _ge_from_lt),
    '__le__': (_ge_from_le, _lt_from_le, _gt_from_le),
    '__gt__': (_lt_from_gt, _ge_from_gt, _le_from_gt),
    '__ge__': (_le_from_ge, _gt_from_ge, _lt_from_ge),
}


def _describe_derived():
    # Each function's __name__ is the method it becomes; its docstring, CPython's, says
    # how it is computed. Per root: the mirror (a > b from <), the same way with or
    # without equality (a <= b from <), the complement (a >= b from <).
    for root, (mirror, same_way, complement) in _DERIVED.items():
        r = _SYMBOL[root]
        if root in ('__lt__', '__gt__'):
            formulas = ('(not a %s b) and (a != b)', '(a %s b) or (a == b)', '(not a %s b)')
        else:
            formulas = ('(not a %s b) or (a == b)', '(a %s b) and (a != b)', '(not a %s b)')
        for fn, formula in zip((mirror, same_way, complement), formulas):
            fn.__name__ = target = '__%s__' % fn.__qualname__[1:3]
            fn.__doc__ = 'Return a %s b.  Computed by @total_ordering from %s.' % (
                _SYMBOL[target], formula % r)


_describe_derived()


def total_ordering(cls):
    """Class decorator: given one of __lt__, __le__, __gt__, __ge__ (and __eq__), adds
    the other three."""
    defined = [op for op in _DERIVED if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # CPython derives from the first of __lt__, __le__, __gt__, __ge__ that is defined
    # (_DERIVED's order).
    for fn in _DERIVED[defined[0]]:
        if fn.__name__ not in defined:
            setattr(cls, fn.__name__, fn)
    return cls


# ---------------------------------------------------------------- singledispatch

def _union_members(cls):
    """The members of a Union / X | Y annotation, or None when cls is not one."""
    import types
    if isinstance(cls, types.UnionType):
        return cls.__args__
    from typing import get_origin, get_args, Union
    if get_origin(cls) is Union:
        return get_args(cls)
    return None


def _dispatchable(cls):
    if isinstance(cls, type):
        return True
    members = _union_members(cls)
    return members is not None and all(isinstance(m, type) for m in members)


def _c3_linearize(seqs):
    """The C3 merge of seqs (lists, consumed): repeatedly take the first head that is in
    no other sequence's tail."""
    out = []
    seqs = [seq for seq in seqs if seq]
    while seqs:
        for seq in seqs:
            head = seq[0]
            if not any(head in other[1:] for other in seqs):
                break
        else:
            raise RuntimeError('Inconsistent hierarchy')
        out.append(head)
        for seq in seqs:
            if seq[0] == head:
                del seq[0]
        seqs = [seq for seq in seqs if seq]
    return out


def _mro_with_abcs(cls, abcs):
    """cls's MRO with the ABCs among abcs that cls implements put in where their
    behaviour comes in: after the bases up to the last explicit ABC base, before the
    others (the order CPython's singledispatch walks)."""
    bases = cls.__bases__
    split = 0
    for i in range(len(bases) - 1, -1, -1):
        if hasattr(bases[i], '__abstractmethods__'):
            split = i + 1
            break
    abcs = list(abcs)
    introduced = [a for a in abcs
                  if issubclass(cls, a) and not any(issubclass(b, a) for b in bases)]
    for a in introduced:
        abcs.remove(a)
    leading, trailing = list(bases[:split]), list(bases[split:])
    groups = leading + introduced + trailing
    return _c3_linearize([[cls]] + [_mro_with_abcs(b, abcs) for b in groups]
                         + [leading, introduced, trailing])


def _dispatch_order(cls, registered):
    """The classes dispatch on cls tries, in order: its MRO with the registered ABCs
    (and classes) it is a virtual subclass of worked in."""
    own = set(cls.__mro__)
    related = [t for t in registered
               if t not in own and hasattr(t, '__mro__')
               and not isinstance(t, GenericAlias) and issubclass(cls, t)]
    # One that is a base of another comes in with that other's MRO.
    related = [t for t in related
               if not any(t != other and t in other.__mro__ for other in related)]
    wanted = set(related)
    abcs = []
    for t in related:
        # Subclasses of t that cls also implements fix the order of the ABCs; the
        # longest chains first.
        chains = [[s for s in sub.__mro__ if s in wanted] for sub in t.__subclasses__()
                  if sub not in own and issubclass(cls, sub)]
        if not chains:
            abcs.append(t)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for s in chain:
                if s not in abcs:
                    abcs.append(s)
    return _mro_with_abcs(cls, abcs)


def _best_registered(cls, registry):
    """The registered class dispatch on cls uses: the first of _dispatch_order's that is
    registered, unless the next one is an unrelated registered ABC just as implicit."""
    match = None
    for t in _dispatch_order(cls, registry.keys()):
        if match is not None:
            if (t in registry and t not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError('Ambiguous dispatch: %s or %s' % (match, t))
            break
        if t in registry:
            match = t
    return match


class _Dispatcher:
    """The state behind one singledispatch function: its registry and the implementation
    chosen per class, forgotten when a registration (or an ABC's) changes the answer."""

    def __init__(self, default):
        self.registry = {object: default}
        self.chosen = {}
        # Set once an ABC is registered: registering a class with any ABC later can then
        # change the answer for classes already dispatched on.
        self.abc_token = None
        self.token_now = None
        self.name = getattr(default, '__name__', 'singledispatch function')

    def dispatch(self, cls):
        if self.token_now is not None and self.token_now() != self.abc_token:
            self.chosen.clear()
            self.abc_token = self.token_now()
        impl = self.chosen.get(cls)
        if impl is None:
            from _weakref import _check_weakrefable
            _check_weakrefable(cls)  # CPython keys this cache weakly
            impl = self.registry.get(cls)
            if impl is None:
                impl = self.registry.get(_best_registered(cls, self.registry))
            self.chosen[cls] = impl
        return impl

    def register(self, cls, func=None):
        if not _dispatchable(cls):
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                '%r is not a class or union type.' % (cls,))
            if not getattr(cls, '__annotations__', None):
                raise TypeError('Invalid first argument to `register()`: %r. Use either '
                                '`@register(some_class)` or plain `@register` on an annotated '
                                'function.' % (cls,))
            func, cls = cls, self._annotated_class(cls)
        elif func is None:
            return lambda f: self.register(cls, f)
        for klass in (cls,) if isinstance(cls, type) else _union_members(cls):
            self.registry[klass] = func
            if self.token_now is None and hasattr(klass, '__abstractmethods__'):
                from abc import get_cache_token
                self.token_now = get_cache_token
                self.abc_token = get_cache_token()
        self.chosen.clear()
        return func

    @staticmethod
    def _annotated_class(func):
        # The class is the annotation of the function's first parameter.
        from typing import get_type_hints
        argname, cls = next(iter(get_type_hints(func).items()))
        if not _dispatchable(cls):
            what = 'not all arguments are classes' if _union_members(cls) is not None else 'is not a class'
            raise TypeError('Invalid annotation for %r. %r %s.' % (argname, cls, what))
        return cls


def singledispatch(func):
    """Turns func into a generic function choosing an implementation by the class of its
    first argument; func handles classes nothing more specific is registered for."""
    import types
    state = _Dispatcher(func)

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % state.name)
        return state.dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = state.register
    wrapper.dispatch = state.dispatch
    wrapper.registry = types.MappingProxyType(state.registry)
    wrapper._clear_cache = state.chosen.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self (or cls),
    then binds the implementation chosen as the method it is."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            return dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# Error messages and reprs name these as CPython names its C types ('functools.partial'),
# and, as C code, their frames stay out of tracebacks.
from _c_type_names import as_c_type as _c_type, as_c_function as _as_c_function
_c_type(partial, ('__module__',))
# __getattr__ too: CPython's functools has none, so no frame of it may show.
for _f in (_key_wrapper_class, __getattr__):
    _as_c_function(_f)
del _as_c_function, _f
