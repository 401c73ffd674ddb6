"""itertools for tpy: the combinatoric iterators are native (_itertools), the rest generators.

product, permutations, combinations and combinations_with_replacement come from the
native _itertools module, with CPython's types. The others check their arguments when
the iterator is made (as CPython's C types do), and the work happens lazily in a
generator. DIVERGENCE: apart from count, repeat, groupby and the native ones, the
iterators are tpy generators, so their type is `generator` and their repr is
`<generator object ...>` rather than `<itertools.chain object ...>`.
"""

import sys as _sys
from _itertools import product, permutations, combinations, combinations_with_replacement

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


def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), _add if func is None else func, initial)


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    for element in it:
        total = func(total, element)
        yield total


def chain(*iterables):
    return _chain(iterables)


def _chain(iterables):
    for it in iterables:
        yield from it


def _from_iterable(iterable):
    return _chain_lazy(iter(iterable))


def _chain_lazy(iterables):
    for it in iterables:
        yield from it


chain.from_iterable = _from_iterable


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(function, iterable):
    return _filterfalse(bool if function is None else function, iter(iterable))


def _filterfalse(predicate, it):
    for x in it:
        if not predicate(x):
            yield x


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


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


def islice(*args):
    if len(args) < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
    if len(args) > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
    iterable = args[0]
    start, step = 0, 1
    if len(args) == 2:
        stop = args[1]
    else:
        start, stop = args[1], args[2]
        if len(args) == 4:
            step = args[3]
    if stop is not None:
        if not hasattr(type(stop), '__index__') or stop.__index__() < 0:
            raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        stop = stop.__index__()
    if start is None:
        start = 0
    elif not hasattr(type(start), '__index__') or start.__index__() < 0:
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    else:
        start = start.__index__()
    if step is None:
        step = 1
    elif not hasattr(type(step), '__index__') or step.__index__() <= 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    else:
        step = step.__index__()
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    i = 0
    nexti = start
    if stop is None:
        for element in it:
            if i == nexti:
                yield element
                nexti += step
            i += 1
        return
    if nexti >= stop:
        # CPython still consumes the items before start
        for element in it:
            i += 1
            if i >= stop:
                break
        return
    for element in it:
        if i == nexti:
            yield element
            nexti += step
            if nexti >= stop:
                return
        i += 1


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


def zip_longest(*args, **kwds):
    fillvalue = None
    if kwds:
        if len(kwds) != 1 or 'fillvalue' not in kwds:
            raise TypeError('zip_longest() got an unexpected keyword argument')
        fillvalue = kwds['fillvalue']
    return _zip_longest([iter(a) for a in args], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)
