"""heapq for tpy: the heap primitives come from the native _heapq; nlargest,
nsmallest and merge are written here."""

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapreplace_max, _heapify_max)

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _ranked_head(n, iterable, key, largest):
    # One stable sort: equal keys keep their input order, which is what CPython's heap
    # selection guarantees too, and a sort in the VM beats a heap of n entries kept in Python.
    ranked = sorted(iterable, key=key, reverse=largest)
    return ranked[:n] if n > 0 else []


def nsmallest(n, iterable, key=None):
    """The n smallest items: the same list as sorted(iterable, key=key)[:n]."""
    return _ranked_head(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items: the same list as sorted(iterable, key=key, reverse=True)[:n]."""
    return _ranked_head(n, iterable, key, True)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted stream (lazily); ties keep input order."""
    # Each heap entry is [sort key, tie-breaker, value, iterator]; the tie-breaker is
    # the input's position (negated for a max-heap) so equal keys come out in input order.
    entries = []
    sign = -1 if reverse else 1
    for position, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append([value if key is None else key(value), position * sign, value, it])
            break
    if reverse:
        push_pop, pop, build = _heapreplace_max, _heappop_max, _heapify_max
    else:
        push_pop, pop, build = heapreplace, heappop, heapify
    return _merge(entries, key, push_pop, pop, build)


def _merge(entries, key, push_pop, pop, build):
    build(entries)
    while entries:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            push_pop(entries, [value if key is None else key(value), entry[1], value, entry[3]])
            break
        else:
            pop(entries)
