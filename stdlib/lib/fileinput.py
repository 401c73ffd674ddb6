"""fileinput for tpy: the lines of a list of files (or stdin) read as one stream.

A FileInput opens its files one after another, only when the previous one is used up, and
counts lines both across all files and within the current one. In place mode renames each
file to a backup, reads the backup and sends sys.stdout to a new file under the original
name until the next file begins. input() makes one FileInput the module's current one, which
the module-level functions (filename(), lineno(), ...) ask.
"""

import os as _os
import sys as _sys
from types import GenericAlias as _GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno", "fileno", "isfirstline",
           "isstdin", "FileInput", "hook_compressed", "hook_encoded"]

# The FileInput input() made last, until close(); it stays after its files are used up.
_current = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None, errors=None):
    """Start reading files (sys.argv[1:] or stdin by default) as the module's current input."""
    global _current
    if _current is not None and _current._file is not None:
        raise RuntimeError("input() already active")
    _current = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding,
                         errors=errors)
    return _current


def close():
    """Close the current input and forget it."""
    global _current
    finished = _current
    _current = None
    if finished is not None:
        finished.close()


def _active():
    if _current is None:
        raise RuntimeError("no active input()")
    return _current


def nextfile():
    """Skip the rest of the current file."""
    return _active().nextfile()


def filename():
    """Name of the file being read (None before the first line)."""
    return _active().filename()


def lineno():
    """Number of lines read so far, all files together."""
    return _active().lineno()


def filelineno():
    """Number of lines read so far from the current file."""
    return _active().filelineno()


def fileno():
    """File descriptor of the current file, -1 when none is open."""
    return _active().fileno()


def isfirstline():
    """Whether the last line read was the first of its file."""
    return _active().isfirstline()


def isstdin():
    """Whether the last line read came from sys.stdin."""
    return _active().isstdin()


def _file_names(files):
    # One name (str or path object) is a list of one; no names at all means stdin.
    if isinstance(files, str):
        return (files,)
    if hasattr(type(files), "__fspath__"):
        # What isinstance(files, os.PathLike) tests (tpy's os has no PathLike).
        return (_os.fspath(files),)
    if files is None:
        files = _sys.argv[1:]
    return tuple(files) if files else ("-",)


class FileInput:
    """Iterator over the lines of several files, with their names and line numbers."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None,
                 errors=None):
        self._names = _file_names(files)
        self._mode = mode
        self._binary = "b" in mode
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors
        self._inplace = inplace
        self._backup = backup
        self._taken = 0              # how many of _names have been opened
        self._file = None            # the file lines come from now
        self._filename = None
        self._lines_before = 0       # lines read from the files before the current one
        self._filelineno = 0
        self._isstdin = False
        self._output = None          # in place: the new file under the original name
        self._saved_stdout = None    # in place: sys.stdout to put back
        self._backup_path = None     # in place: where the original's contents are now
        # Checked once the fields are set, as CPython's: __del__ runs (and closes) even when
        # __init__ raises.
        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._names = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self):
        # An empty read ends a file; the next one is opened until there is none left.
        while True:
            if self._file is None and not self._open_next():
                return b"" if self._binary else ""
            line = self._file.readline()
            if line:
                self._filelineno += 1
                return line
            self.nextfile()

    def nextfile(self):
        # Every step runs even when an earlier one fails; the first failure is raised.
        failure = None
        for step in (self._restore_stdout, self._close_output, self._close_input, self._drop_backup):
            try:
                step()
            except BaseException as exc:
                if failure is None:
                    failure = exc
        self._isstdin = False
        if failure is not None:
            raise failure

    def filename(self):
        return self._filename

    def lineno(self):
        return self._lines_before + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file is None:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin

    __class_getitem__ = classmethod(_GenericAlias)

    # -- moving from file to file --------------------------------------------------------

    def _open_next(self):
        """Open the next file of the list; False when there is none."""
        if self._taken >= len(self._names):
            return False
        name = self._names[self._taken]
        self._taken += 1
        self._lines_before += self._filelineno
        self._filelineno = 0
        self._filename = name
        self._isstdin = False
        self._backup_path = None
        if name == "-":
            # stdin is read as it is: no hook, no in place editing.
            self._filename = "<stdin>"
            self._file = _sys.stdin.buffer if self._binary else _sys.stdin
            self._isstdin = True
        elif self._inplace:
            self._open_in_place(name)
        else:
            self._file = self._open(name)
        return True

    def _open(self, name):
        if self._openhook:
            # Hooks written before encoding existed take two arguments: pass it only when given.
            if self._encoding is None:
                return self._openhook(name, self._mode)
            return self._openhook(name, self._mode, encoding=self._encoding, errors=self._errors)
        if self._binary:
            return open(name, self._mode)
        return open(name, self._mode, encoding=self._encoding, errors=self._errors)

    def _open_in_place(self, name):
        backup_path = _os.fspath(name) + (self._backup or ".bak")
        try:
            _os.unlink(backup_path)
        except OSError:
            pass
        _os.rename(name, backup_path)
        self._backup_path = backup_path
        self._file = self._open(backup_path)
        permissions = _os.stat(backup_path).st_mode
        if self._binary:
            self._output = open(name, "wb")
        else:
            self._output = open(name, "w", encoding=self._encoding, errors=self._errors)
        # The new file keeps the original's permissions.
        try:
            _os.chmod(name, permissions)
        except OSError:
            pass
        self._saved_stdout = _sys.stdout
        _sys.stdout = self._output

    def _restore_stdout(self):
        saved = self._saved_stdout
        self._saved_stdout = None
        if saved is not None:
            _sys.stdout = saved

    def _close_output(self):
        output = self._output
        self._output = None
        if output is not None:
            output.close()

    def _close_input(self):
        current = self._file
        self._file = None
        if current is not None and not self._isstdin:
            current.close()

    def _drop_backup(self):
        # The backup is only kept when a suffix was asked for.
        backup_path = self._backup_path
        self._backup_path = None
        if backup_path and not self._backup:
            try:
                _os.unlink(backup_path)
            except OSError:
                pass


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """Open hook reading .gz (and .bz2) files decompressed, any other file as it is."""
    suffix = _os.path.splitext(filename)[1]
    text = "b" not in mode
    if suffix == ".gz":
        import gzip
        if text:
            return gzip.open(filename, mode + "t", encoding=encoding, errors=errors)
        return gzip.open(filename, mode)
    if suffix == ".bz2":
        # DIVERGENCE: tpy has no bz2 module; this raises its ModuleNotFoundError.
        import bz2
        stream = bz2.BZ2File(filename, mode)
        if text:
            import io
            stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
        return stream
    return open(filename, mode, encoding=encoding, errors=errors)


def hook_encoded(encoding, errors=None):
    """Open hook reading every file with the given encoding and error handler."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook


def _test():
    # python -m fileinput [-i] [-b EXT] [file ...]: every line numbered overall and within its file.
    import getopt
    opts, args = getopt.getopt(_sys.argv[1:], 'ib:')
    inplace = any(o == '-i' for o, _ in opts)
    backup = next((a for o, a in reversed(opts) if o == '-b'), False)
    for line in input(args, inplace=inplace, backup=backup):
        line = line.removesuffix('\n').removesuffix('\r')
        print('%d: %s[%d]%s %s' % (lineno(), filename(), filelineno(), '*' if isfirstline() else '', line))
    print('%d: %s[%d]' % (lineno(), filename(), filelineno()))


if __name__ == '__main__':
    _test()
