"""itertools for tpy: most iterators are native (_itertools), groupby and tee tpy code.

product, permutations, combinations, combinations_with_replacement, chain, pairwise,
starmap, compress, takewhile, dropwhile, zip_longest, accumulate, islice, count, cycle,
repeat and filterfalse come from the native _itertools module, with CPython's types.
groupby (with its _grouper) and tee (with its _tee) are classes here, named as CPython's
C types, checking their arguments with CPython's messages.
"""

from _itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
                        dropwhile, filterfalse, islice, pairwise, permutations, product, repeat, starmap,
                        takewhile, zip_longest)

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


def _index(n, message=None):
    if not hasattr(type(n), '__index__'):
        if message is None:
            message = "'%s' object cannot be interpreted as an integer" % type(n).__name__
        raise TypeError(message)
    return n.__index__()


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of equal keys."""
    __module__ = 'itertools'
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_currgrouper')  # no instance __dict__, as the C type has none

    def __new__(cls, *args, **kwargs):
        # CPython's "O|O:groupby" argument parsing, and its messages.
        names = ('iterable', 'key')
        if len(args) + len(kwargs) > 2:
            raise TypeError('groupby() takes at most 2 %sarguments (%d given)'
                            % ('keyword ' if not args else '', len(args) + len(kwargs)))
        values = list(args) + [None] * (2 - len(args))
        for at, name in enumerate(names):
            if name in kwargs:
                if at < len(args):
                    raise TypeError("argument for groupby() given by name ('%s') and position (%d)" % (name, at + 1))
                values[at] = kwargs[name]
            elif at == 0 and not args:
                raise TypeError("groupby() missing required argument 'iterable' (pos 1)")
        for k in kwargs:
            if k not in names:
                raise TypeError("'%s' is an invalid keyword argument for groupby()" % k)
        self = object.__new__(cls)
        self._keyfunc = values[1]
        self._it = iter(values[0])
        # _MARKER stands for CPython's NULL: no key or value yet, or the value taken by the grouper.
        self._tgtkey = self._currkey = self._currvalue = _MARKER
        self._currgrouper = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        # Skip what is left of the current run.
        while True:
            if self._currkey is _MARKER:
                pass
            elif self._tgtkey is _MARKER or not _same(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)

    def _step(self):
        # StopIteration from the iterable ends the groupby (or the grouper reading it).
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key


def _same(a, b):
    # PyObject_RichCompareBool: identity first.
    return a is b or bool(a == b)


class _grouper:
    """The items of one run of a groupby; it ends when the groupby moves on."""
    __module__ = 'itertools'
    __slots__ = ('_parent', '_tgtkey')  # no instance __dict__, as the C type has none

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is _MARKER:
            parent._step()
        if not _same(self._tgtkey, parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MARKER
        return value


_MARKER = object()

# Values a group of tee iterators has read, in links of _LINK_CELLS; a link is dropped once
# every iterator has moved past it.
_LINK_CELLS = 57


class _TeeData:
    def __init__(self, it):
        self.it = it
        self.values = []
        self.nextlink = None

    def get(self, i):
        values = self.values
        if i < len(values):
            return values[i]
        value = next(self.it)
        values.append(value)
        return value

    def link(self):
        if self.nextlink is None:
            self.nextlink = _TeeData(self.it)
        return self.nextlink


class _tee:
    """One of tee()'s iterators: a position in the values read so far."""
    __module__ = 'itertools'
    __slots__ = ('_data', '_index', '__weakref__')  # no instance __dict__, as the C type has none

    def __new__(cls, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        self._data = _TeeData(it)
        self._index = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= _LINK_CELLS:
            self._data = self._data.link()
            self._index = 0
        value = self._data.get(self._index)
        self._index += 1
        return value

    def __copy__(self):
        other = object.__new__(type(self))
        other._data = self._data
        other._index = self._index
        return other


def tee(*args, **kwargs):
    """tee(iterable, n=2): n independent iterators over one iterable."""
    if kwargs:
        raise TypeError('itertools.tee() takes no keyword arguments')
    if not 1 <= len(args) <= 2:
        raise TypeError('tee expected %s, got %d' % ('at least 1 argument' if not args else 'at most 2 arguments', len(args)))
    n = _index(args[1]) if len(args) > 1 else 2
    if n < 0:
        raise ValueError('n must be >= 0')
    if n > 2 ** 63 - 1:
        raise OverflowError('Python int too large to convert to C ssize_t')
    it = iter(args[0])
    if n == 0:
        return ()
    first = it if hasattr(it, '__copy__') else _tee(it)
    copy = first.__copy__
    return (first,) + tuple(copy() for _ in range(n - 1))

# Error messages name these as CPython names its C types ('itertools.count' object ...).
from _c_type_names import as_c_type as _as_c_type
_as_c_type(groupby)
_as_c_type(_grouper)
_as_c_type(_tee)
del _as_c_type

# CPython's itertools is C: tracebacks show none of this module's frames.
from _c_type_names import as_c_module as _as_c_module
_as_c_module(globals())
del _as_c_module
