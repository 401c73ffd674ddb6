"""itertools for tpy: most iterators are native (_itertools), the rest tpy code.

product, permutations, combinations, combinations_with_replacement, chain, pairwise,
starmap, compress, takewhile, dropwhile, zip_longest, accumulate and islice come from the native
_itertools module, with CPython's types. count, repeat and groupby are classes here. The
others check their arguments when the iterator is made (as CPython's C types do), and the
work happens lazily in a generator. DIVERGENCE: cycle, filterfalse and tee's
iterators are tpy generators, so their type is `generator` and their repr is
`<generator object ...>` rather than `<itertools.cycle object ...>`.
"""

from _itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                        dropwhile, islice, pairwise, permutations, product, starmap, takewhile, zip_longest)

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


def _index(n, message=None):
    if not hasattr(type(n), '__index__'):
        if message is None:
            message = "'%s' object cannot be interpreted as an integer" % type(n).__name__
        raise TypeError(message)
    return n.__index__()


def _is_number(x):
    return isinstance(x, (int, float)) or hasattr(type(x), '__index__') or hasattr(type(x), '__float__')


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""
    __module__ = 'itertools'

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._next,)
        return 'count(%r, %r)' % (self._next, step)


class repeat:
    """repeat(object[, times]): object, again and again (times times, or forever)."""
    __module__ = 'itertools'

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._left = -1
        else:
            self._left = max(_index(times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left == 0:
            raise StopIteration
        if left > 0:
            self._left = left - 1
        return self._object

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left < 0:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._left)


def cycle(*args):
    if len(args) != 1:
        raise TypeError('cycle expected 1 argument, got %d' % len(args))
    return _cycle(iter(args[0]))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def filterfalse(function, iterable):
    return _filterfalse(bool if function is None else function, iter(iterable))


def _filterfalse(predicate, it):
    for x in it:
        if not predicate(x):
            yield x


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of equal keys."""
    __module__ = 'itertools'

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._done = False
        self._tgtkey = self._currkey = self._currvalue = _MARKER
        self._group_id = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._group_id += 1
        while self._currkey is _MARKER or self._currkey == self._tgtkey:
            self._step()
            if self._done:
                raise StopIteration
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._group_id))

    def _step(self):
        try:
            value = next(self._it)
        except StopIteration:
            self._done = True
            return
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def _grouper(self, tgtkey, group_id):
        while self._group_id == group_id and self._currkey == tgtkey:
            yield self._currvalue
            self._step()
            if self._done:
                return


_MARKER = object()


def tee(iterable, n=2):
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_tee(it, buffers, buf) for buf in buffers)


def _tee(it, buffers, mine):
    # Each copy has a queue of items the leader read but this copy has not yet seen.
    head = 0
    while True:
        if head < len(mine):
            value = mine[head]
            head += 1
            if head > 64 and head * 2 > len(mine):
                del mine[:head]
                head = 0
            yield value
        else:
            try:
                value = next(it)
            except StopIteration:
                return
            for buf in buffers:
                if buf is not mine:
                    buf.append(value)
            yield value

# Error messages name these as CPython names its C types ('itertools.count' object ...).
from _c_type_names import as_c_type as _as_c_type
_as_c_type(count)
_as_c_type(repeat)
_as_c_type(groupby)
del _as_c_type

# CPython's itertools is C: tracebacks show none of this module's frames.
from _c_type_names import as_c_module as _as_c_module
_as_c_module(globals())
del _as_c_module
