"""concurrent.futures.process: ProcessPoolExecutor, which tpy cannot provide.

A process pool runs calls in child interpreters that unpickle the function and its
arguments; tpy has no way to start another tpy process and exchange objects with it (no
os.fork, no multiprocessing), so making one raises NotImplementedError. See
docs/differences.md.
"""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """A process in the pool ended abruptly (never raised by tpy, which has no pool)."""


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        raise NotImplementedError(
            'ProcessPoolExecutor is not supported by tpy (it cannot start worker processes); '
            'use ThreadPoolExecutor')
