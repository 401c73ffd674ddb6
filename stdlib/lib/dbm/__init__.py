"""dbm: open a key-value database, choosing the module that can read it.

tpy has one backend, dbm.dumb (dbm.gnu and dbm.ndbm wrap C libraries tpy does not have),
so new databases are always dumb ones; whichdb still recognises the other formats."""

import io
import os
import struct
import sys

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


_names = ['dbm.gnu', 'dbm.ndbm', 'dbm.dumb']
_defaultmod = None
_modules = {}

error = (error, OSError)


def _load_backends():
    global _defaultmod
    for name in _names:
        try:
            module = __import__(name, fromlist=['open'])
        except ImportError:
            continue
        if _defaultmod is None:
            _defaultmod = module
        _modules[name] = module


def open(file, flag='r', mode=0o666):
    """Opens (flag 'r' or 'w') or creates ('c', 'n') the database file with the backend
    whichdb names for it; a new database uses the first backend available."""
    if _defaultmod is None:
        _load_backends()
        if _defaultmod is None:
            raise ImportError("no dbm clone found; tried %s" % _names)
    kind = whichdb(file) if 'n' not in flag else None
    if kind is None:
        if 'c' in flag or 'n' in flag:
            module = _defaultmod
        else:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
    elif kind == "":
        raise error[0]("db type could not be determined")
    elif kind not in _modules:
        raise error[0]("db type is {0}, but the module is not available".format(kind))
    else:
        module = _modules[kind]
    return module.open(file, flag, mode)


def _readable(path):
    try:
        with io.open(path, "rb"):
            return True
    except OSError:
        return False


def whichdb(filename):
    """The module that can open the database: "dbm.ndbm", "dbm.dumb", "dbm.gnu"; None when
    the file cannot be read; "" when its format is not known."""
    filename = _path_text(filename)

    # ndbm: NAME.pag beside NAME.dir.
    if _readable(filename + ".pag") and _readable(filename + ".dir"):
        return "dbm.ndbm"

    # dumb: NAME.dat beside NAME.dir, the index empty or starting with a quoted key.
    try:
        os.stat(filename + ".dat")
        size = os.stat(filename + ".dir").st_size
        if size == 0:
            return "dbm.dumb"
        with io.open(filename + ".dir", "rb") as f:
            if f.read(1) in (b"'", b'"'):
                return "dbm.dumb"
    except OSError:
        pass

    # Otherwise the file itself, told by its magic number.
    try:
        f = io.open(filename, "rb")
    except OSError:
        return None
    with f:
        head = f.read(16)
    if len(head) != 16:
        return ""
    try:
        (magic,) = struct.unpack("=l", head[:4])
    except struct.error:
        return ""
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return "dbm.gnu"
    return ""


def _path_text(path):
    path = os.fspath(path)
    return path.decode() if isinstance(path, bytes) else path


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(whichdb(name) or "UNKNOWN", name)
