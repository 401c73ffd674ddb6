"""High-level file operations (tpy): copying, removing and moving files and trees, which,
disk_usage and get_terminal_size, over os and open().

Paths are str (or path-like) only. make_archive/unpack_archive handle 'tar', 'gztar' and 'zip'
(tpy has no bz2 or lzma module for 'bztar' and 'xztar'). copystat copies the mode and the access/modification times,
not flags or extended attributes.
"""

import os
import sys
import fnmatch
import collections

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError", "ExecError",
           "make_archive", "get_archive_formats", "register_archive_format",
           "unregister_archive_format", "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive", "ignore_patterns", "chown",
           "which", "get_terminal_size", "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024

_FILE_TYPE_BITS = 0o170000
_FIFO_TYPE = 0o010000
_PERMISSION_BITS = 0o7777


# ---- exceptions ----

class Error(OSError):
    pass


class SameFileError(Error):
    """A copy whose source and destination name one file."""


class SpecialFileError(OSError):
    """An operation (such as copying) that a special file, e.g. a FIFO, cannot take part in."""


class ExecError(OSError):
    """A command that could not be run."""


# ---- single files ----

def copyfileobj(fsrc, fdst, length=0):
    """Copies the data of file-like object fsrc to file-like object fdst, in chunks of `length`."""
    read, write = fsrc.read, fdst.write
    size = length or COPY_BUFSIZE
    chunk = read(size)
    while chunk:
        write(chunk)
        chunk = read(size)


def _same_inode(a, b):
    # Either path missing means they cannot be one file.
    try:
        first, second = os.stat(a), os.stat(b)
    except OSError:
        return False
    return (first.st_dev, first.st_ino) == (second.st_dev, second.st_ino)


def _refuse_fifos(*paths):
    # Reading or writing a FIFO would block forever, so copying one is refused outright.
    for p in paths:
        try:
            kind = os.stat(p).st_mode & _FILE_TYPE_BITS
        except OSError:
            continue
        if kind == _FIFO_TYPE:
            raise SpecialFileError("`%s` is a named pipe" % p)


def _copy_bytes(src, dst):
    with open(src, "rb") as source:
        try:
            target = open(dst, "wb")
        except IsADirectoryError as exc:
            # "dir/" for a directory that is not there reads better as a missing directory.
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f"Directory does not exist: {dst}") from exc
        with target:
            copyfileobj(source, target)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of src to dst (not the metadata); returns dst."""
    if _same_inode(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_fifos(src, dst)
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
    else:
        _copy_bytes(src, dst)
    return dst


def _both_links(src, dst, follow_symlinks):
    # Without following links there is no portable way to change a link's own mode or
    # times here, so a link-to-link metadata copy does nothing.
    return not follow_symlinks and os.path.islink(src) and os.path.islink(dst)


def copymode(src, dst, *, follow_symlinks=True):
    """Copies the permission bits of src to dst."""
    if _both_links(src, dst, follow_symlinks):
        return
    os.chmod(dst, os.stat(src).st_mode & _PERMISSION_BITS)


def copystat(src, dst, *, follow_symlinks=True):
    """Copies the permission bits and the access and modification times of src to dst."""
    if _both_links(src, dst, follow_symlinks):
        return
    info = os.stat(src)
    os.utime(dst, (info.st_atime, info.st_mtime))
    os.chmod(dst, info.st_mode & _PERMISSION_BITS)


def _into_directory(src, dst):
    # "cp file dir" copies to dir/<basename of file>.
    return os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst


def copy(src, dst, *, follow_symlinks=True):
    """Copies data and mode bits ("cp src dst"); dst may be a directory. Returns the file's new path."""
    target = _into_directory(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """Copies data and metadata (mode, times); dst may be a directory. Returns the file's new path."""
    target = _into_directory(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


# ---- trees ----

def ignore_patterns(*patterns):
    """An `ignore` function for copytree that leaves out names matching any of the glob-style patterns."""
    def _ignore_patterns(path, names):
        hidden = set()
        for pattern in patterns:
            hidden.update(fnmatch.filter(names, pattern))
        return hidden
    return _ignore_patterns


class _TreeCopier:
    """One copytree call: its options, and the (src, dst, message) failures of every
    directory level gathered in one list, raised together at the end."""

    def __init__(self, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok):
        self.symlinks = symlinks
        self.ignore = ignore
        self.copy_function = copy_function
        self.skip_dangling = ignore_dangling_symlinks
        self.dirs_exist_ok = dirs_exist_ok
        self.failures = []

    def directory(self, src, dst):
        # Listing the source and making the target may fail; the caller decides whether that
        # is fatal (the top level) or one more failure (a subdirectory).
        names = os.listdir(src)
        skipped = self.ignore(os.fspath(src), names) if self.ignore is not None else ()
        os.makedirs(dst, exist_ok=self.dirs_exist_ok)
        for name in names:
            if name not in skipped:
                self.entry(os.path.join(src, name), os.path.join(dst, name))
        try:
            copystat(src, dst)
        except OSError as exc:
            self.failures.append((src, dst, str(exc)))

    def entry(self, src, dst):
        try:
            if os.path.islink(src):
                self.link(src, dst)
            elif os.path.isdir(src):
                self.directory(src, dst)
            else:
                self.copy_function(src, dst)
        except Error as exc:
            # A copy_function may itself raise a gathered shutil.Error: merge its list.
            self.failures.extend(exc.args[0])
        except OSError as exc:
            self.failures.append((src, dst, str(exc)))

    def link(self, src, dst):
        target = os.readlink(src)
        if self.symlinks:
            os.symlink(target, dst)
            copystat(src, dst, follow_symlinks=False)
            return
        # CPython tests the link text as a path from the current directory, not from the
        # link's own directory; tpy does the same so the same links are skipped.
        if self.skip_dangling and not os.path.exists(target):
            return
        if os.path.isdir(src):
            self.directory(src, dst)
        else:
            self.copy_function(src, dst)


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies the directory tree at src to dst (made, with its parents); returns dst.

    Errors on single files are gathered and raised at the end as one shutil.Error."""
    copier = _TreeCopier(symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
    copier.directory(src, dst)
    if copier.failures:
        raise Error(copier.failures)
    return dst


def _remove_contents_and_dir(path, report):
    # report(function, path) is called inside the except block, so it sees sys.exc_info().
    try:
        names = os.listdir(path)
    except OSError:
        # CPython goes on to try rmdir, so a file given as the tree gets two reports.
        report(os.scandir, path)
        names = ()
    for name in names:
        child = os.path.join(path, name)
        if os.path.isdir(child) and not os.path.islink(child):
            _remove_contents_and_dir(child, report)
            continue
        try:
            os.unlink(child)
        except OSError:
            report(os.unlink, child)
    try:
        os.rmdir(path)
    except OSError:
        report(os.rmdir, path)


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Removes the directory tree at path.

    With ignore_errors, failures are ignored; else onerror(function, path, exc_info) is called
    for each, or (without onerror) the first is raised."""
    if ignore_errors:
        def report(function, where):
            pass
    elif onerror is None:
        def report(function, where):
            raise
    else:
        def report(function, where):
            onerror(function, where, sys.exc_info())
    try:
        os.lstat(path)
    except OSError:
        report(os.lstat, path)
        return
    if os.path.islink(path):
        # Following a link here would delete a tree outside the one named.
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            report(os.path.islink, path)
        return
    _remove_contents_and_dir(path, report)


rmtree.avoids_symlink_attacks = False


# ---- move ----

def _is_inside(src, dst):
    # Compared with a trailing separator so that "a/bc" is not taken to be inside "a/b".
    def as_dir(p):
        p = os.path.abspath(p)
        return p if p.endswith(os.path.sep) else p + os.path.sep
    return as_dir(dst).startswith(as_dir(src))


def _move_by_copying(src, dst, real_dst, copy_function):
    if os.path.islink(src):
        os.symlink(os.readlink(src), real_dst)
        os.unlink(src)
    elif os.path.isdir(src):
        if _is_inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, real_dst, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, real_dst)
        os.unlink(src)


def move(src, dst, copy_function=copy2):
    """Moves a file or directory to dst (into it, if dst is a directory), as "mv"; returns the new path."""
    real_dst = dst
    if os.path.isdir(dst):
        if _same_inode(src, dst):
            # Only a case change on a case-insensitive file system gets here: rename anyway.
            os.rename(src, dst)
            return None
        # A trailing separator on src must not make its basename empty.
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        # Another file system (or a directory into itself): copy, then delete the source.
        _move_by_copying(src, dst, real_dst, copy_function)
    return real_dst


# ---- queries ----

_ntuple_diskusage = collections.namedtuple("usage", "total used free")


def disk_usage(path):
    """Total, used and free space in bytes of the file system holding path: usage(total, used, free)."""
    fs = os.statvfs(path)
    block = fs.f_frsize
    # "free" is what an unprivileged user may still use (f_bavail), not every free block.
    return _ntuple_diskusage(fs.f_blocks * block, (fs.f_blocks - fs.f_bfree) * block,
                             fs.f_bavail * block)


def chown(path, user=None, group=None):
    raise NotImplementedError("tpy's shutil has no chown")


def _positive_env_int(name):
    try:
        value = int(os.environ[name])
    except (KeyError, ValueError):
        return 0
    return value if value > 0 else 0


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size: $COLUMNS and $LINES if set, else the size of the terminal on stdout, else fallback."""
    columns = _positive_env_int("COLUMNS")
    lines = _positive_env_int("LINES")
    if not (columns and lines):
        try:
            measured = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            measured = os.terminal_size(fallback)
        # A terminal may report 0 for a dimension it does not know.
        columns = columns or measured.columns or fallback[0]
        lines = lines or measured.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _runnable(candidate, mode):
    return os.path.exists(candidate) and os.access(candidate, mode) and not os.path.isdir(candidate)


def _search_path(path):
    if path is not None:
        return path
    found = os.environ.get("PATH")
    if found is None:
        found = getattr(os, "defpath", "/bin:/usr/bin")
    return found


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the executable `cmd` would run (searched in $PATH or `path`), or None."""
    if os.path.dirname(cmd):
        # A name with a directory part is not looked up in the search path.
        return cmd if _runnable(cmd, mode) else None
    directories = _search_path(path)
    if not directories:
        return None
    tried = set()
    for directory in directories.split(os.pathsep):
        key = os.path.normcase(directory)
        if key in tried:
            continue
        tried.add(key)
        candidate = os.path.join(directory, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


# ---- archives (tar, gztar and zip; in _shutil_archive, with their two errors) ----

from _shutil_archive import (ReadError, RegistryError, make_archive, get_archive_formats, register_archive_format,
                             unregister_archive_format, unpack_archive, get_unpack_formats,
                             register_unpack_format, unregister_unpack_format,
                             _ARCHIVE_FORMATS, _UNPACK_FORMATS)
