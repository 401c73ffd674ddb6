"""bisect for tpy: binary search and insertion in sorted sequences (CPython 3.11's API)."""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


# a and x default to a marker only so that leaving them out gives the C functions' message.
_NO_ARG = object()


def _missing(fname, a):
    name, pos = ('a', 1) if a is _NO_ARG else ('x', 2)
    raise TypeError("%s() missing required argument '%s' (pos %d)" % (fname, name, pos))


def _bounds(a, lo, hi):
    if not hasattr(type(lo), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(lo).__name__)
    lo = lo.__index__()
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    elif not hasattr(type(hi), '__index__'):
        raise TypeError("argument should be integer or None, not '%s'" % type(hi).__name__)
    else:
        hi = hi.__index__()
    return lo, hi


def bisect_right(a=_NO_ARG, x=_NO_ARG, lo=0, hi=None, *, key=None):
    """The index after the last item <= x in a[lo:hi]."""
    if a is _NO_ARG or x is _NO_ARG:
        _missing('bisect_right', a)
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a=_NO_ARG, x=_NO_ARG, lo=0, hi=None, *, key=None):
    """The index of the first item >= x in a[lo:hi]."""
    if a is _NO_ARG or x is _NO_ARG:
        _missing('bisect_left', a)
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a=_NO_ARG, x=_NO_ARG, lo=0, hi=None, *, key=None):
    """Inserts x after any equal items, keeping a sorted."""
    if a is _NO_ARG or x is _NO_ARG:
        _missing('insort_right', a)
    lo = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a=_NO_ARG, x=_NO_ARG, lo=0, hi=None, *, key=None):
    """Inserts x before any equal items, keeping a sorted."""
    if a is _NO_ARG or x is _NO_ARG:
        _missing('insort_left', a)
    lo = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right

# CPython's _bisect is C: tracebacks show none of this module's frames.
from _c_type_names import as_c_module as _as_c_module
_as_c_module(globals())
del _as_c_module
