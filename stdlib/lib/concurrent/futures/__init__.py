"""concurrent.futures: Future, Executor, wait, as_completed, and a thread pool.

The pool's workers are tpy's green threads (docs/differences.md: one runs at a time);
there is no ProcessPoolExecutor.
"""

from ._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                    TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor,
                    wait, as_completed)
from .thread import ThreadPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor')


class ProcessPoolExecutor(Executor):
    """Not available: tpy runs in one process."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('tpy has no ProcessPoolExecutor (no worker processes); use ThreadPoolExecutor')
