"""tracemalloc for tpy: memory blocks are JavaScript objects that tpy cannot follow one by
one, so tracing cannot start. The functions that are valid while tracemalloc is not tracing
answer as CPython's do then, so a program that only asks whether it is tracing still runs."""

__all__ = ['is_tracing', 'start', 'stop', 'get_traced_memory', 'get_tracemalloc_memory',
           'get_traceback_limit', 'get_object_traceback', 'clear_traces', 'reset_peak',
           'take_snapshot']


def is_tracing():
    return False


def start(nframe=1, /):
    if not isinstance(nframe, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(nframe).__name__)
    if not 1 <= nframe <= 65535:
        raise ValueError('the number of frames must be in range [1; 65535]')
    raise NotImplementedError('tracemalloc.start(): tpy cannot trace memory allocations')


def stop():
    pass


def clear_traces():
    pass


def reset_peak():
    pass


def get_traced_memory():
    return (0, 0)


def get_tracemalloc_memory():
    return 0


def get_traceback_limit():
    return 1


def get_object_traceback(obj):
    return None


def take_snapshot():
    raise RuntimeError('the tracemalloc module must be tracing memory allocations to take a snapshot')
