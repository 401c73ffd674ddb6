"""Temporary files and directories (tpy): gettempdir, mkstemp, mkdtemp, NamedTemporaryFile,
TemporaryFile, TemporaryDirectory and SpooledTemporaryFile, over os and open().

Paths are str only. Names are 8 random characters between the prefix and the suffix, as CPython's.
"""

import os as _os
import io as _io
import random as _random

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
]

TMP_MAX = 238328  # os.TMP_MAX on Linux
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.Random()


def _random_name():
    return "".join([_rng.choice(_CHARACTERS) for _ in range(8)])


def _candidate_dirs():
    for envname in ("TMPDIR", "TEMP", "TMP"):
        dirname = _os.getenv(envname)
        if dirname:
            yield dirname
    for dirname in ("/tmp", "/var/tmp", "/usr/tmp"):
        yield dirname
    yield _os.getcwd()


def _get_default_tempdir():
    # The first candidate where a file can be created and written, as CPython checks.
    for dirname in _candidate_dirs():
        if dirname != _os.curdir:
            dirname = _os.path.abspath(dirname)
        for _ in range(100):
            filename = _os.path.join(dirname, _random_name())
            try:
                fd = _os.open(filename, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
                try:
                    _os.write(fd, b"blat")
                finally:
                    _os.close(fd)
                    _os.unlink(filename)
                return dirname
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % list(_candidate_dirs()))


def gettempprefix():
    """The default prefix of temporary names ('tmp')."""
    return template


def gettempdir():
    """The directory temporary files go in by default (TMPDIR, TEMP, TMP, then /tmp, ...)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def _sanitize_params(prefix, suffix, dir):
    for arg in (prefix, suffix, dir):
        if isinstance(arg, bytes):
            raise TypeError("tpy's tempfile supports str names only, not bytes")
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir)


def _claim_name(dir, prefix, suffix, claim, what):
    """Tries random names in dir until claim(path) takes one (it raises FileExistsError for a
    name in use); returns what claim returned."""
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            return claim(path)
        except FileExistsError:
            pass
    raise FileExistsError(17, f"No usable temporary {what} found")


def _mkstemp_inner(dir, pre, suf, flags):
    # Only this user may read and write it; O_EXCL makes creating it the test that it is new.
    def create(path):
        return _os.open(path, flags, 0o600), path
    return _claim_name(_os.path.abspath(dir), pre, suf, create, 'file name')


_TEXT_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW | _os.O_CLOEXEC


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file only this user can read and write; returns (os-level fd, absolute path)."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix, _TEXT_FLAGS)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory only this user can use; returns its path."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)

    def create(path):
        _os.mkdir(path, 0o700)
        return path
    return _claim_name(dir, prefix, suffix, create, 'directory name')


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked for (unsafe: use mkstemp)."""
    def unused(path):
        if _os.path.lexists(path):
            raise FileExistsError(path)
        return path
    return _claim_name(gettempdir() if dir is None else dir, prefix, suffix, unused, 'filename')


class _TemporaryFileWrapper:
    """A file object with a `name`, removed when closed if `delete` (what NamedTemporaryFile returns)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._removed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        try:
            self.file.close()
        finally:
            if self.delete and not self._removed:
                self._removed = True
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object>"


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a name in the file system, removed when closed if `delete`."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _TEXT_FLAGS)
    try:
        file = open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file with no name (removed at once, as on Linux); its `name` is the descriptor."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _TEXT_FLAGS)
    try:
        _os.unlink(name)
        return open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """Data kept in memory (a BytesIO, or a TextIOWrapper over one) until it passes max_size or
    fileno() is asked for, then moved to a TemporaryFile."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=_io.text_encoding(encoding),
                                           errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {"mode": mode, "buffering": buffering, "suffix": suffix, "prefix": prefix,
                                   "encoding": encoding, "newline": newline, "dir": dir, "errors": errors}

    def _spill_if_large(self):
        # Once on disk the data stays there; max_size 0 means "never spill on size".
        if not self._rolled and self._max_size and self._file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Moves the data to a real TemporaryFile (same contents, same position)."""
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        position = memory.tell()
        if isinstance(memory, _io.BytesIO):
            disk.write(memory.getvalue())
        else:
            # The encoded text, as it is (newlines already translated); tpy's text files have no
            # binary layer to write it to, so it goes under them to the descriptor.
            data = memory.detach().getvalue()
            disk.flush()
            _os.write(disk.fileno(), data)
        disk.seek(position, 0)
        self._file = disk
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    @property
    def newlines(self):
        return self._file.newlines

    def isatty(self):
        return self._file.isatty()

    def readable(self):
        return self._file.readable()

    def seekable(self):
        return self._file.seekable()

    def writable(self):
        return self._file.writable()

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def detach(self):
        return self._file.detach()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs["mode"]

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        # Truncating past max_size can grow the file, so it goes to disk first.
        if size is not None and size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        written = self._file.write(s)
        self._spill_if_large()
        return written

    def writelines(self, iterable):
        self._file.writelines(iterable)
        self._spill_if_large()


class TemporaryDirectory:
    """A directory made by mkdtemp, removed with everything in it by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleaned = False

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._cleaned:
            return
        self._cleaned = True
        import shutil
        if _os.path.lexists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
