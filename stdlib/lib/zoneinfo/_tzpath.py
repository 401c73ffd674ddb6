"""zoneinfo._tzpath: the directories searched for time zone files (TZPATH), checking a key
names a file below them, and listing the keys they hold."""

import os
import sys

TZPATH = ()

# the directories CPython 3.11 is built to search on Linux (sysconfig's TZPATH)
_DEFAULT_TZPATH = '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo'


class InvalidTZPathWarning(RuntimeWarning):
    """A relative path in PYTHONTZPATH, which is left out."""


def _parse_env_tzpath(text):
    if not text:
        return ()
    entries = [entry for entry in text.split(os.pathsep) if entry]
    absolute = tuple(entry for entry in entries if os.path.isabs(entry))
    if len(absolute) != len(entries):
        import warnings
        relative = [entry for entry in entries if not os.path.isabs(entry)]
        warnings.warn('Invalid paths specified in PYTHONTZPATH environment variable. '
                      + 'Paths should be absolute but found the following relative paths:'
                      + '\n    ' + '\n    '.join(relative), InvalidTZPathWarning)
    return absolute


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f'tzpaths must be a list or tuple, not {type(to)}: {to!r}')
        relative = [path for path in to if not os.path.isabs(path)]
        if relative:
            raise ValueError('Paths should be absolute but found the following relative paths:'
                             + '\n    ' + '\n    '.join(str(path) for path in relative))
        TZPATH = tuple(to)
    else:
        env = os.environ.get('PYTHONTZPATH', None)
        TZPATH = _parse_env_tzpath(env if env is not None else _DEFAULT_TZPATH)


def _validate_key(key):
    if os.path.isabs(key):
        raise ValueError(f'ZoneInfo keys may not be absolute paths, got: {key}')
    if len(os.path.normpath(key)) != len(key):
        raise ValueError(f'ZoneInfo keys must be normalized relative paths, got: {key}')
    # '..' parts that climb out of the directory: resolve below a stand-in root
    if not os.path.normpath(os.path.join('_', key)).startswith('_' + os.sep):
        raise ValueError(f'ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}')


def find_tzfile(key):
    """The path of the file for `key` in the first TZPATH directory that has it, or None."""
    _validate_key(key)
    for root in TZPATH:
        path = os.path.join(root, key)
        if os.path.isfile(path):
            return path
    return None


def _is_tzif(path):
    try:
        with open(path, 'rb') as f:
            return f.read(5)[:4] == b'TZif'
    except OSError:
        return False


def available_timezones():
    """Every key with a TZif file under a TZPATH directory ('posix/' and 'right/', the
    alternative trees, and 'posixrules' left out)."""
    found = set()
    for root in TZPATH:
        if not os.path.isdir(root):
            continue
        for here, dirs, files in os.walk(root):
            if here == root:
                for special in ('right', 'posix'):
                    if special in dirs:
                        dirs.remove(special)
            for name in files:
                path = os.path.join(here, name)
                key = os.path.relpath(path, root)
                if key and key not in found and _is_tzif(path):
                    found.add(key)
    found.discard('posixrules')
    return found


reset_tzpath()
