"""gc for tpy: the collector's switches and thresholds (CPython 3.11's API).

tpy's objects live in V8's heap and are freed by V8's own collector, which runs when V8
decides: there are no reference counts. collect() finalises the objects with __del__ that only
reference cycles hold (vm/finalize_now.ts) and returns how many unreachable objects it found:
from the import of this module on, the containers made are counted (vm/gc_counting.ts).
`garbage` stays empty, and the thresholds are kept only to be read back (see
docs/differences.md).
"""

import _tpy_gc

# The containers made from now on are counted by collect().
_tpy_gc.start_counting()

__all__ = ['enable', 'disable', 'isenabled', 'collect', 'get_count', 'get_threshold',
           'set_threshold', 'garbage', 'callbacks', 'freeze', 'unfreeze', 'get_freeze_count',
           'DEBUG_STATS', 'DEBUG_COLLECTABLE', 'DEBUG_UNCOLLECTABLE', 'DEBUG_SAVEALL',
           'DEBUG_LEAK', 'get_debug', 'set_debug', 'get_referents', 'get_referrers', 'is_tracked',
           'get_stats', 'get_objects']

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []

_enabled = True
_threshold = (700, 10, 10)
_debug = 0


def enable():
    """Enable automatic garbage collection."""
    global _enabled
    _enabled = True


def disable():
    """Disable automatic garbage collection."""
    global _enabled
    _enabled = False


def isenabled():
    """Returns true if automatic garbage collection is enabled."""
    return _enabled


def collect(generation=2):
    """Run the garbage collector: finalises the objects with __del__ only reference cycles hold;
    returns the number of unreachable objects found."""
    if not hasattr(type(generation), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(generation).__name__)
    generation = generation.__index__()
    if not 0 <= generation <= 2:
        raise ValueError('invalid generation')
    for callback in list(callbacks):
        callback('start', {'generation': generation, 'collected': 0, 'uncollectable': 0})
    found = _tpy_gc.collect()
    stats = _stats[generation]
    stats['collections'] += 1
    stats['collected'] += found
    for callback in list(callbacks):
        callback('stop', {'generation': generation, 'collected': found, 'uncollectable': 0})
    return found


# Each generation's collections, as get_stats() gives them (only those collect() ran: the
# automatic collections of CPython are V8's here).
_stats = [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


def get_stats():
    """A list of three dicts, one per generation: its collections and what they collected."""
    return [dict(stats) for stats in _stats]


def get_count():
    """The current collection counts (none: V8 keeps its own)."""
    return (0, 0, 0)


def get_threshold():
    """The collection thresholds, as last set."""
    return _threshold


def set_threshold(threshold0, *rest):
    """Sets the collection thresholds (kept to be read back; V8 schedules its own collections)."""
    global _threshold
    if len(rest) > 2:
        raise TypeError('set_threshold() takes at most 3 arguments (%d given)' % (len(rest) + 1))
    values = (threshold0,) + rest
    for v in values:
        if not hasattr(type(v), '__index__'):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    _threshold = tuple(v.__index__() for v in values) + _threshold[len(values):]


def get_debug():
    """The debugging flags, as last set."""
    return _debug


def set_debug(flags):
    """Sets the debugging flags (kept to be read back)."""
    global _debug
    if not hasattr(type(flags), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(flags).__name__)
    _debug = flags.__index__()


def freeze():
    """Nothing to freeze: no collector of tpy's own."""


def unfreeze():
    """Nothing to unfreeze."""


def get_freeze_count():
    """The number of frozen objects: none."""
    return 0


# Built-ins, as CPython's (a wrapper's own *args tuple would be among the referrers).
get_referents = _tpy_gc.get_referents
get_referrers = _tpy_gc.get_referrers
is_tracked = _tpy_gc.is_tracked


def get_objects(generation=None):
    """The objects the collector tracks that the program can reach (generation: ignored
    beyond its check, tpy has no generations)."""
    if generation is not None:
        if not hasattr(type(generation), '__index__'):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(generation).__name__)
        generation = generation.__index__()
        if generation >= 3:
            raise ValueError('generation parameter must be less than the number of available generations (3)')
        if generation < 0:
            raise ValueError('generation parameter cannot be negative')
    return _tpy_gc.get_objects()
