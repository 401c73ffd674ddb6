"""The import machinery's helpers (CPython's _imp), as far as they mean something in tpy.

tpy imports only source modules and its built-in ones: it has no extension modules (so no
suffixes for them), no frozen modules, and no .pyc files. The import lock is the global
re-entrant lock CPython exposes for old code that serialises imports by hand.
"""

import sys as _sys
from _thread import RLock as _RLock

_lock = _RLock()
_depth = 0
_owner = None

check_hash_based_pycs = 'default'


def lock_held():
    """Return True if the import lock is currently held, else False."""
    return _depth > 0


def acquire_lock():
    """Acquires the interpreter's import lock for the current thread."""
    global _depth, _owner
    from _thread import get_ident
    _lock.acquire()
    _depth += 1
    _owner = get_ident()


def release_lock():
    """Release the interpreter's import lock."""
    global _depth, _owner
    from _thread import get_ident
    if _depth == 0 or _owner != get_ident():
        raise RuntimeError("not holding the import lock")
    _depth -= 1
    if _depth == 0:
        _owner = None
    _lock.release()


def is_builtin(name):
    """Returns True if the module name corresponds to a built-in module."""
    if name in ('sys', 'builtins'):
        return -1  # built in, and never initialised a second time
    return 1 if name in _sys.builtin_module_names else 0


def is_frozen(name):
    """Returns True if the module name corresponds to a frozen module."""
    return False


def is_frozen_package(name):
    """Returns True if the module name is of a frozen package."""
    raise ImportError(f'No such frozen object named {name!r}', name=name)


def find_frozen(name, *, withdata=False):
    """Return info about the corresponding frozen module (if there is one) or None."""
    return None


def extension_suffixes():
    """Returns the list of file suffixes used to identify extension modules."""
    return []


_override_frozen = 0


def _override_frozen_modules_for_tests(override):
    """(internal-only) Override PyConfig.use_frozen_modules (no effect: tpy has no frozen modules)."""
    global _override_frozen
    _override_frozen = override


def _frozen_module_names():
    """Returns the list of available frozen modules."""
    return []
