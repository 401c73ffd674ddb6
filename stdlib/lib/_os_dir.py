"""os.scandir, os.DirEntry and os.walk for tpy's native os, written over os.listdir and os.lstat/os.stat.

The native os forwards scandir and walk here at first use (stdlib/os_dir_forward.ts).
"""

import os


class DirEntry:
    """One entry of a directory listing from os.scandir: its name, its path, and what it is."""

    # No instance __dict__, as the C type (posix.DirEntry) has none.
    __slots__ = ('name', 'path', '_real', '_lstat', '_stat')
    __module__ = 'posix'

    def __new__(cls, *args, **kwargs):
        # As the C type: only scandir() makes entries (through _entry below).
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def _setup(self, dirpath, name, fd_dir):
        self.name = name
        # Listed through a descriptor, an entry's path is its name, and it is found in the
        # descriptor's directory.
        self.path = name if fd_dir is not None else os.path.join(dirpath, name)
        self._real = os.path.join(fd_dir, name) if fd_dir is not None else self.path
        self._lstat = None
        self._stat = None

    def __repr__(self):
        return "<DirEntry {!r}>".format(self.name)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks or not self.is_symlink():
            if self._lstat is None:
                self._lstat = os.lstat(self._real)
            return self._lstat
        if self._stat is None:
            self._stat = os.stat(self._real)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def is_symlink(self):
        if self._lstat is None:
            try:
                self._lstat = os.lstat(self._real)
            except FileNotFoundError:
                return False
        return self._lstat.st_mode & 0o170000 == 0o120000

    def _mode_is(self, kind, follow_symlinks):
        try:
            mode = self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return False
        return mode & 0o170000 == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._mode_is(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._mode_is(0o100000, follow_symlinks)


class ScandirIterator:
    # Named as CPython's C type, posix.ScandirIterator, which only scandir() makes.
    __module__ = 'posix'

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.ScandirIterator' instances")

    def _setup(self, path, names, fd_dir=None):
        self._path = path
        self._names = names
        self._fd_dir = fd_dir
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= len(self._names):
            raise StopIteration
        name = self._names[self._i]
        self._i += 1
        entry = object.__new__(DirEntry)
        entry._setup(self._path, name, self._fd_dir)
        return entry

    def close(self):
        self._i = len(self._names)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of the directory `path` (default '.')."""
    if path is None:
        path = "."
    it = object.__new__(ScandirIterator)
    if isinstance(path, int):
        it._setup(path, os.listdir(path), os._directory_of_fd(path))
    else:
        path = os.fspath(path)
        it._setup(path, os.listdir(path))
    return it


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for each directory in the tree at top."""
    top = os.fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    walk_dirs = []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
            if not topdown and (followlinks or not entry.is_symlink()):
                walk_dirs.append(entry.path)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = os.path.join(top, dirname)
            if followlinks or not os.path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


# CPython's os.DirEntry is the C type posix.DirEntry: so named in reprs of the class and in messages.
DirEntry.__module__ = 'posix'
from _c_type_names import as_c_type as _as_c_type
_as_c_type(DirEntry, ('__module__',))
del _as_c_type
