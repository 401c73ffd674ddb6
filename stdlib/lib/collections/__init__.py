"""collections for tpy: deque (native, from _collections), defaultdict, Counter,
OrderedDict, namedtuple and ChainMap, with CPython 3.11's reprs and messages."""

import sys as _sys
from _collections import deque, _tuplegetter, _count_elements, _odict_iter, _odict_view
from _collections import (_odict_install, _odict_update, _odict_copy, _odict_popitem,
                          _odict_move_to_end)
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter, add as _add, sub as _sub, eq as _eq, le as _le, ge as _ge
from _thread import get_ident as _get_ident

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


# Reprs in progress, as (id, thread): a container that holds itself shows '...' there,
# as CPython's C containers do (another thread's repr of it is not a recursion).
_reprs_running = set()


def _self_safe_repr(build):
    def __repr__(self):
        token = (id(self), _get_ident())
        if token in _reprs_running:
            return '...'
        _reprs_running.add(token)
        try:
            return build(self)
        finally:
            _reprs_running.discard(token)
    __repr__.__qualname__ = build.__qualname__
    return __repr__


def _is_mapping(obj):
    # Counter takes counts from a Mapping; anything else is an iterable of elements.
    # Only an object with keys() that is not a dict needs the (costly) ABC check.
    if isinstance(obj, dict):
        return True
    return hasattr(obj, 'keys') and isinstance(obj, _abc().Mapping)


# ---------------------------------------------------------------- defaultdict

_defaultdict_repr_running = set()

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]): a dict whose missing keys get
    default_factory() as their value (a KeyError when the factory is None)."""

    # No instance __dict__, as the C type has none: default_factory is a member.
    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        make = self.default_factory
        if make is None:
            raise KeyError(key)
        self[key] = fresh = make()
        return fresh

    def __repr__(self):
        # As defdict_repr: Py_ReprEnter on the factory, so a factory whose repr shows this
        # defaultdict again (a bound method of it) prints as '...' the second time round.
        make = self.default_factory
        key = (id(make), _get_ident())
        if key in _defaultdict_repr_running:
            shown = '...'
        else:
            _defaultdict_repr_running.add(key)
            try:
                shown = repr(make)
            finally:
                _defaultdict_repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, shown, dict.__repr__(self))

    def copy(self):
        """A shallow copy with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    # The dict-merge operators keep the defaultdict's type and factory on either side.
    def __or__(self, other):
        if isinstance(other, dict):
            merged = self.copy()
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self.default_factory, other)
            merged.update(self)
            return merged
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------- OrderedDict

_odict_missing = object()   # no value (setdefault)

class OrderedDict(dict):
    """A dict whose order can be changed and that compares order-sensitively with
    another OrderedDict (tpy's dicts already keep insertion order)."""

    # The methods do what CPython's C OrderedDict does, down to which of the class's own
    # methods they call and how often a key is hashed (_collections' _odict_* functions).
    def __init__(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        _odict_update(self, args, kwds)

    def update(self, /, *args, **kwds):
        _odict_update(self, args, kwds)

    # Iterators and views of their own (odict_iterator, odict_keys...): changing the keys
    # while one walks them is "OrderedDict mutated during iteration", as in CPython.
    def __iter__(self):
        return _odict_iter(self, 0, False)

    def __reversed__(self):
        return _odict_iter(self, 0, True)

    def keys(self):
        return _odict_view(self, 0)

    def values(self):
        return _odict_view(self, 1)

    def items(self):
        return _odict_view(self, 2)

    def move_to_end(self, key, last=True):
        """Put key last (or first when last is false); KeyError if it is absent."""
        _odict_move_to_end(self, key, bool(last))

    def popitem(self, last=True):
        """Remove and return the last (first when last is false) (key, value) pair."""
        return _odict_popitem(self, bool(last))

    def pop(self, key, default=_odict_missing):
        """Remove key and return its value, or default if given; KeyError otherwise."""
        if default is _odict_missing:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        """The value of key, stored as default first if it is absent."""
        if type(self) is OrderedDict:
            value = dict.get(self, key, _odict_missing)
            if value is not _odict_missing:
                return value
        elif key in self:
            return self[key]
        self[key] = default
        return default

    @_self_safe_repr
    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        if type(self) is OrderedDict:
            # Each value looked up by its key, as odict_repr does.
            return '%s(%r)' % (name, [(key, self[key]) for key in dict.__iter__(self)])
        return '%s(%r)' % (name, list(self.items()))

    def __eq__(self, other):
        same = dict.__eq__(self, other)
        if same is True and isinstance(other, OrderedDict):
            # Both hold the same pairs: they are equal only in the same order.
            return all(map(_same_or_eq, dict.__iter__(self), dict.__iter__(other)))
        return same

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        """A shallow copy of the same type."""
        return _odict_copy(self, type(self) is OrderedDict)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    def __or__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self)
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = type(self)(other)
            merged.update(self)
            return merged
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


_odict_install(OrderedDict)   # its __setitem__, native


def _same_or_eq(a, b):
    # PyObject_RichCompareBool: the same object is equal without its __eq__.
    return a is b or a == b


# _collections parses OrderedDict's method arguments as C does ("popitem() takes at most 1 argument").
from _c_type_names import c_parse_args as _c_parse_args
_c_parse_args(OrderedDict, '')
del _c_parse_args


# ---------------------------------------------------------------- Counter

_second = _itemgetter(1)   # a (element, count) pair's count


def _larger(a, b):
    return b if a < b else a


def _smaller(a, b):
    return a if a < b else b


class Counter(dict):
    """A dict from elements to their counts. A missing element counts zero; the
    operators + - | & combine two Counters and keep only positive counts."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, largest count first (ties in insertion order);
        only the first n when n is given."""
        # sorted() is stable, so equal counts keep their insertion order; with n, heapq.nlargest
        # gives the same list and makes CPython's comparisons with n (a bad n fails the same way).
        if n is None:
            return sorted(self.items(), key=_second, reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_second)

    def elements(self):
        """Each element repeated as many times as its count (non-positive counts: none)."""
        # An itertools.chain over repeat()s, as CPython's (its type and its errors).
        from itertools import chain, repeat, starmap
        return chain.from_iterable(starmap(repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # Giving every element one shared count has no sensible meaning for a multiset.
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: from another mapping of counts, or one per element of an iterable."""
        if iterable is not None:
            if not _is_mapping(iterable):
                # Each element is counted as it comes: a failing iterable leaves
                # the elements before it counted.
                _count_elements(self, iterable)
            elif self:
                current = self.get
                for element, n in iterable.items():
                    self[element] = n + current(element, 0)
            else:
                # Nothing to add to: the counts are taken over as they are.
                dict.update(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Take counts away (counts may go to zero or below)."""
        if iterable is not None:
            if _is_mapping(iterable):
                current = self.get
                for element, n in iterable.items():
                    self[element] = current(element, 0) - n
            else:
                self._tally(iterable, -1)
        if kwds:
            self.subtract(kwds)

    def _tally(self, iterable, step):
        # Each element is counted as it comes, so a failing iterable leaves the
        # elements before it counted.
        current = self.get
        for element in iterable:
            self[element] = current(element, 0) + step

    def copy(self):
        """A shallow copy of the same type."""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        # Deleting an absent element is allowed: it counted zero already.
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown in insertion order.
            shown = dict(self)
        return '%s(%r)' % (name, shown)

    # Comparisons are multiset inclusion and equality: a missing element counts zero.
    def _all_counts(self, other, test):
        if not isinstance(other, Counter):
            return NotImplemented
        for side in (self, other):
            for element in side:
                if not test(self[element], other[element]):
                    return False
        return True

    def __eq__(self, other):
        return self._all_counts(other, _eq)

    def __ne__(self, other):
        same = self._all_counts(other, _eq)
        return same if same is NotImplemented else not same

    def __le__(self, other):
        return self._all_counts(other, _le)

    def __ge__(self, other):
        return self._all_counts(other, _ge)

    def __lt__(self, other):
        within = self._all_counts(other, _le)
        return within if within is NotImplemented else within and self != other

    def __gt__(self, other):
        within = self._all_counts(other, _ge)
        return within if within is NotImplemented else within and self != other

    __hash__ = None

    # Binary operators: combine each element's two counts, keep the positive results;
    # self's elements come first, then the other's new ones.
    def _combined(self, other, combine):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, mine in self.items():
            n = combine(mine, other[element])
            if n > 0:
                result[element] = n
        for element, theirs in other.items():
            if element not in self:
                n = combine(0, theirs)
                if n > 0:
                    result[element] = n
        return result

    def __add__(self, other):
        return self._combined(other, _add)

    def __sub__(self, other):
        return self._combined(other, _sub)

    def __or__(self, other):
        return self._combined(other, _larger)

    def __and__(self, other):
        return self._combined(other, _smaller)

    def __pos__(self):
        return Counter({e: n for e, n in self.items() if n > 0})

    def __neg__(self):
        return Counter({e: 0 - n for e, n in self.items() if n < 0})

    # In-place operators update self, then drop the counts that are not positive.
    def _drop_non_positive(self):
        for element in [e for e, n in self.items() if not n > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        for element, n in other.items():
            self[element] += n
        return self._drop_non_positive()

    def __isub__(self, other):
        for element, n in other.items():
            self[element] -= n
        return self._drop_non_positive()

    def __ior__(self, other):
        for element, n in other.items():
            if n > self[element]:
                self[element] = n
        return self._drop_non_positive()

    def __iand__(self, other):
        for element, mine in self.items():
            theirs = other[element]
            if theirs < mine:
                self[element] = theirs
        return self._drop_non_positive()


# ---------------------------------------------------------------- namedtuple

def _field_name_list(field_names, rename):
    """The field names as a list of str, bad ones replaced by '_<position>' when renaming."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    if rename:
        taken = set()
        for position, name in enumerate(names):
            usable = (name.isidentifier() and not _iskeyword(name)
                      and not name.startswith('_') and name not in taken)
            if not usable:
                names[position] = '_%d' % position
            taken.add(name)
    return names


def _check_names(typename, names, renamed):
    for name in (typename, *names):
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))
    taken = set()
    for name in names:
        if not renamed and name[:1] == '_':
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in taken:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        taken.add(name)


_FunctionType = type(_field_name_list)
_new_templates = {}   # arity -> the code of a __new__ with parameters _0, _1, ...


def _new_template(arity):
    # Compiling source is most of the cost of making a namedtuple: each arity's __new__
    # is compiled once, and each class renames its parameters to its fields.
    code = _new_templates.get(arity)
    if code is None:
        params = ', '.join(['_%d' % i for i in range(arity)]) + (',' if arity == 1 else '')
        source = 'lambda _cls, %s: _tuple_new(_cls, (%s))' % (params, params)
        code = _new_templates[arity] = eval(source, {'__builtins__': {}}).__code__
    return code


def _compiled_new(typename, fields, defaults):
    # __new__'s signature names the fields, and with it the errors of a bad call
    # ("missing 1 required positional argument: 'y'").
    code = _new_template(len(fields)).replace(co_varnames=('_cls',) + fields)
    scope = {'_tuple_new': tuple.__new__, '__builtins__': {},
             '__name__': 'namedtuple_' + typename}
    new = _FunctionType(code, scope, '__new__', defaults)
    new.__doc__ = 'Create new instance of %s(%s)' % (typename, ', '.join(fields))
    return new


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass named typename whose items can also be read as the
    attributes field_names (a sequence of names, or one string of names separated
    by spaces or commas). defaults gives the last fields default values; rename
    replaces invalid field names by '_<position>'; module sets __module__."""
    names = _field_name_list(field_names, rename)
    typename = _sys.intern(str(typename))
    _check_names(typename, names, rename)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(names):
            raise TypeError('Got more default values than field names')
        # The defaults belong to the last len(defaults) fields.
        if defaults:
            field_defaults = dict(zip(names[-len(defaults):], defaults))

    fields = tuple(_sys.intern(name) for name in names)
    arity = len(fields)
    signature_text = '%s(%s)' % (typename, ', '.join(fields))
    item_format = '(%s)' % ', '.join(name + '=%r' for name in fields)

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != arity:
            raise TypeError('Expected %d arguments, got %d' % (arity, len(made)))
        return made

    def _replace(self, /, **kwds):
        made = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return made

    def __repr__(self):
        return self.__class__.__name__ + item_format % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename
    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename
    __repr__.__doc__ = 'Return a nicely formatted representation string'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'
    __getnewargs__.__doc__ = 'Return self as a plain tuple.  Used by copy and pickle.'

    new = _compiled_new(typename, fields, defaults)
    methods = {'__new__': new, '_make': _make, '_replace': _replace,
               '__repr__': __repr__, '_asdict': _asdict, '__getnewargs__': __getnewargs__}
    for name, method in methods.items():
        method.__qualname__ = typename + '.' + name
    methods['_make'] = classmethod(_make)

    body = {'__doc__': signature_text, '__slots__': (), '_fields': fields,
            '_field_defaults': field_defaults}
    body.update(methods)
    body['__match_args__'] = fields
    for index, name in enumerate(fields):
        body[name] = _tuplegetter(index, 'Alias for field number %d' % index)
    cls = type(typename, (tuple,), body)

    # Pickling finds the class by module and name: by default, the caller's module.
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


def _abc():
    # collections.abc is costly to import: loaded only when a foreign mapping needs it.
    import collections.abc
    return collections.abc


def __getattr__(name):
    # CPython's site imports collections.abc at startup, so programs can use
    # collections.abc after a bare `import collections`; load it on first use.
    if name == 'abc':
        return _abc()
    # The User* wrappers need collections.abc: loaded with it, on first use.
    # ChainMap is a MutableMapping subclass, so it too comes with collections.abc.
    if name == 'ChainMap':
        from _collections_chainmap import ChainMap
        globals()['ChainMap'] = ChainMap
        return ChainMap
    if name in ('UserDict', 'UserList', 'UserString'):
        import _collections_user
        value = getattr(_collections_user, name)
        value.__module__ = 'collections'
        globals()[name] = value
        return value
    # name and obj as CPython's module lookup sets them: they give the 'Did you mean' hint.
    import sys
    raise AttributeError("module 'collections' has no attribute %r" % (name,), name=name, obj=sys.modules[__name__])

def __dir__():
    # What CPython's collections lists: the lazily loaded names too, not these two hooks.
    names = set(globals()) - {'__getattr__', '__dir__'}
    return sorted(names | {'abc', 'ChainMap', 'UserDict', 'UserList', 'UserString'})


# Error messages name these as CPython names its C types ('collections.OrderedDict' object ...).
from _c_type_names import as_c_type as _as_c_type
_as_c_type(OrderedDict)
_as_c_type(defaultdict)
del _as_c_type
# CPython's collections has no module __getattr__ (tpy's loads abc and User* lazily):
# `collections.OrderDict` must fail without a frame of it in the traceback.
from _c_type_names import as_c_function as _as_c_function
_as_c_function(__getattr__)
_as_c_function(__dir__)
del _as_c_function
