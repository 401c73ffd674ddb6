"""concurrent.futures: running calls asynchronously in a pool of threads.

Written for tpy from the module's documentation. ThreadPoolExecutor runs on tpy's green
threads (stdlib/lib/threading.py); ProcessPoolExecutor cannot run here (tpy has no
processes of its own to run tpy code in) and raises NotImplementedError when made.
"""

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError,
    InvalidStateError, BrokenExecutor, Future, Executor, wait, as_completed)

__all__ = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
    'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    # The executors are loaded on first use, as in CPython.
    global ThreadPoolExecutor, ProcessPoolExecutor
    if name == 'ThreadPoolExecutor':
        from .thread import ThreadPoolExecutor as ThreadPoolExecutor
        return ThreadPoolExecutor
    if name == 'ProcessPoolExecutor':
        from .process import ProcessPoolExecutor as ProcessPoolExecutor
        return ProcessPoolExecutor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
