"""Set handlers for asynchronous events: tpy's signal module, over the native _signal.

As in CPython, the signal numbers are members of the IntEnum Signals (signal.SIGINT is
<Signals.SIGINT: 2>), SIG_DFL and SIG_IGN members of Handlers, and signal(), getsignal()
and valid_signals() speak in those enums. The handlers themselves run in the main thread,
between instructions (see stdlib/signal_handlers.ts).
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()


def _members(keep):
    """The (name, number) pairs of _signal's names `keep` accepts, by number, then name (so aliases follow)."""
    pairs = [(name, value) for name, value in vars(_signal).items() if keep(name)]
    pairs.sort(key=lambda p: (p[1], p[0]))
    return pairs


def _make_enum(cls_name, keep):
    """An IntEnum of _signal's constants whose names `keep` accepts; the module's names become its members."""
    enum_class = _IntEnum(cls_name, _members(keep), module=__name__)
    for name, member in enum_class.__members__.items():
        _globals[name] = member
    return enum_class


Signals = _make_enum('Signals', lambda name: name.isupper() and name.startswith('SIG') and not name.startswith('SIG_'))
Handlers = _make_enum('Handlers', lambda name: name in ('SIG_DFL', 'SIG_IGN'))
Sigmasks = _make_enum('Sigmasks', lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _int_to_enum(value, enum_klass):
    """The enum member for an int value, the value itself if it is none (a handler function, an unnamed signal)."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """An int for an enum member; anything else unchanged."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


signal.__doc__ = """Set the action for the given signal.

The action can be SIG_DFL, SIG_IGN, or a callable Python object.
The previous action is returned.  See getsignal() for possible return values.

*** IMPORTANT NOTICE ***
A signal handler function is called with two arguments:
the first is the signal number, the second is the interrupted stack frame."""


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


getsignal.__doc__ = """Return the current action for the given signal.

The return value can be:
  SIG_IGN -- if the signal is being ignored
  SIG_DFL -- if the default action for the signal is in effect
  None    -- if an unknown handler is in effect
  anything else -- the callable Python object used as a handler"""


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


valid_signals.__doc__ = """Return a set of valid signal numbers on this platform.

The signal numbers returned by this function can be safely passed to
functions like `pthread_sigmask`."""

del _globals
