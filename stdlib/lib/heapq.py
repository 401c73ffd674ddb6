"""heapq for tpy: the heap primitives come from the native _heapq when it loads (the
Python versions below stand in when it is blocked, as CPython's do); nlargest, nsmallest
and merge are written here."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


# ---------------------------------------------------------------- the primitives in Python
# A heap is a list where a[k] <= a[2k+1] and a[k] <= a[2k+2]; only `<` is ever used, so
# the same comparisons as _heapq's are made. A max-heap reverses every comparison.

def _sift_down(heap, start, pos, less):
    # Moves heap[pos] up towards start until its parent is not greater.
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if less(item, parent):
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_up(heap, pos, less):
    # Floats the hole at pos down to a leaf along the smaller children, then puts the
    # item back and lets it rise: fewer comparisons than stopping early on the way down.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not less(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos, less)


def _less(a, b):
    return a < b


def _greater(a, b):
    return b < a


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1, _less)


def _pop(heap, before):
    # The top of a heap ordered by `before`, the last item moved up in its place.
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_up(heap, 0, before)
        return top
    return last


def _replace(heap, item, before):
    top = heap[0]
    heap[0] = item
    _sift_up(heap, 0, before)
    return top


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    return _pop(heap, _less)


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    return _replace(heap, item, _less)


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0, _less)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    for i in reversed(range(len(x) // 2)):
        _sift_up(x, i, _less)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    return _pop(heap, _greater)


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    return _replace(heap, item, _greater)


def _heapify_max(x):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    for i in reversed(range(len(x) // 2)):
        _sift_up(x, i, _greater)


try:
    from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                        _heappop_max, _heapreplace_max, _heapify_max)
except ImportError:
    pass


def nsmallest(n, iterable, key=None):
    """The n smallest items: the same list as sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items: the same list as sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    # CPython's steps, so that the same comparisons are made (and fail the same way): min() or
    # max() for one item, a sort when n covers a sized input, else a heap of the n best so far,
    # each entry (key, arrival order[, item]); the order (counting down for largest) keeps
    # equal keys in input order and spares comparing the items.
    if n == 1:
        missing = object()
        pick = max if largest else min
        best = pick(iter(iterable), default=missing) if key is None else pick(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    orders = range(0, -n, -1) if largest else range(n)
    if key is None:
        heap = [(item, order) for order, item in zip(orders, it)]
    else:
        heap = [(key(item), order, item) for order, item in zip(orders, it)]
    if not heap:
        return heap
    if largest:
        heapify(heap)
        replace = heapreplace
    else:
        _heapify_max(heap)
        replace = _heapreplace_max
    worst = heap[0][0]
    order = -n if largest else n
    step = -1 if largest else 1
    for item in it:
        k = item if key is None else key(item)
        if (worst < k) if largest else (k < worst):
            replace(heap, (k, order) if key is None else (k, order, item))
            worst = heap[0][0]
            order += step
    heap.sort(reverse=largest)
    return [entry[0] for entry in heap] if key is None else [entry[2] for entry in heap]


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted stream (lazily); ties keep input order."""
    # A generator from the start, as CPython's: nothing (not even iter()) runs before next().
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
    build(entries)
    while entries:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            push_pop(entries, [value if key is None else key(value), entry[1], value, entry[3]])
            break
        else:
            pop(entries)
