"""The parts of os written in tpy, made at their first use (os's module __getattr__): PathLike
needs abc, popen needs subprocess, and `import os` should pay for neither."""

import abc as _abc
import io as _io
from types import GenericAlias as _GenericAlias


class PathLike(_abc.ABC):
    """An object with a file system path: __fspath__ returns it as str or bytes."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None or NotImplemented
            return NotImplemented
        return NotImplemented

    __class_getitem__ = classmethod(_GenericAlias)


PathLike.__module__ = 'os'


class _wrap_close:
    """What os.popen returns: the command's output (mode 'r') or input (mode 'w') as a text
    stream; close() gives None for exit status 0, else the status as os.wait reports it.

    tpy has no Popen, so the command runs to its end when popen is called (mode 'r'), or at
    close() with what was written (mode 'w'): the output is the same, the timing is not."""

    def __init__(self, stream, command, writing):
        self._stream = stream
        self._command = command
        self._writing = writing
        self._status = None

    def close(self):
        if self._writing:
            if self._stream is not None:
                import subprocess
                data = self._stream.getvalue()
                self._stream.close()
                self._stream = None
                self._status = subprocess.run(self._command, shell=True, input=data, text=True).returncode
        else:
            self._stream.close()
        status = self._status
        if not status:
            return None
        # The wait status: the exit code in the high byte, as os.waitpid gives it.
        return status << 8 if status > 0 else -status

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


_wrap_close.__module__ = 'os'


def popen(cmd, mode='r', buffering=-1):
    """Runs `cmd` in a shell and returns a stream of its output (mode 'r') or input (mode 'w')."""
    if not isinstance(cmd, str):
        raise TypeError('invalid cmd type (%s, expected string)' % type(cmd))
    if mode not in ('r', 'w'):
        raise ValueError('invalid mode %r' % mode)
    if buffering == 0 or buffering is None:
        raise ValueError('popen() does not support unbuffered streams')
    if mode == 'w':
        return _wrap_close(_io.StringIO(), cmd, True)
    import subprocess
    done = subprocess.run(cmd, shell=True, stdout=subprocess.PIPE, text=True)
    stream = _wrap_close(_io.StringIO(done.stdout), cmd, False)
    stream._status = done.returncode
    return stream


popen.__module__ = 'os'
