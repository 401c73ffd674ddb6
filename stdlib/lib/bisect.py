"""bisect for tpy: binary search and insertion in sorted sequences (CPython 3.11's API).

The functions are the native _bisect's, as CPython's are its C module's."""

from _bisect import bisect_right, bisect_left, insort_right, insort_left

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']

bisect = bisect_right
insort = insort_right
