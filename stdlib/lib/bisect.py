"""bisect for tpy: binary search and insertion in sorted sequences (CPython 3.11's API).

The functions are the native _bisect's, as CPython's are its C module's; the Python
versions below stand in when _bisect is blocked (CPython's bisect.py has them too)."""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index where x goes in the sorted a, after any items equal to it."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < (a[mid] if key is None else key(a[mid])):
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index where x goes in the sorted a, before any items equal to it."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if (a[mid] if key is None else key(a[mid])) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into the sorted a, after any items equal to it."""
    # The index first: a.insert is looked up after the search, as CPython's does.
    index = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(index, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into the sorted a, before any items equal to it."""
    # The index first: a.insert is looked up after the search, as CPython's does.
    index = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(index, x)


try:
    from _bisect import bisect_right, bisect_left, insort_right, insort_left
except ImportError:
    pass

bisect = bisect_right
insort = insort_right
