"""asyncio for tpy: the event loop, futures, tasks, queues and locks, written in tpy.

Callbacks, timers, futures and tasks run as in CPython (the same scheduling order);
blocking calls can be handed to threads (to_thread, run_in_executor); TCP sockets have
the loop's sock_* coroutines, transports and protocols, servers and streams; there are no
subprocesses, pipes, signals or TLS: see docs/differences.md.
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
from .protocols import *
from .transports import *
from .servers import *
from .streams import *
from .selector_events import *
from . import exceptions, events, futures, tasks, queues, locks, runners, coroutines, timeouts, threads
from . import protocols, transports, servers, streams, selector_events

# As in CPython 3.11, TaskGroup is importable but not listed in __all__.
__all__ = (exceptions.__all__ + events.__all__ + futures.__all__ + tasks.__all__ +
           queues.__all__ + locks.__all__ + runners.__all__ + coroutines.__all__ +
           timeouts.__all__ + threads.__all__ + protocols.__all__ + transports.__all__ +
           servers.__all__ + streams.__all__ + selector_events.__all__)
