"""asyncio for tpy: the event loop, futures, tasks, queues and locks, written in tpy.

Callbacks, timers, futures and tasks run as in CPython (the same scheduling order);
blocking calls can be handed to threads (to_thread, run_in_executor); there is no I/O
(no sockets, streams, subprocesses or signals): see docs/differences.md.
"""

from .exceptions import *
from .events import *
from .futures import *
from .tasks import *
from .queues import *
from .locks import *
from .runners import *
from .coroutines import *
from .taskgroups import *
from .timeouts import *
from .threads import *
from . import exceptions, events, futures, tasks, queues, locks, runners, coroutines, timeouts, threads

# As in CPython 3.11, TaskGroup is importable but not listed in __all__.
__all__ = (exceptions.__all__ + events.__all__ + futures.__all__ + tasks.__all__ +
           queues.__all__ + locks.__all__ + runners.__all__ + coroutines.__all__ +
           timeouts.__all__ + threads.__all__)
