"""posix: the operating system calls that os is built on, under their C-level
module's name. tpy's os is native, so this module hands out os's functions
(those CPython's posix has), adds the wait-status helpers and the constants
that are plain numbers, and gives environ as CPython's posix does: a dict of
bytes, a copy taken when the module is first imported."""

import os as _os

_FROM_OS = (
    'F_OK', 'R_OK', 'W_OK', 'X_OK',
    'O_APPEND', 'O_CLOEXEC', 'O_CREAT', 'O_DIRECTORY', 'O_DSYNC', 'O_EXCL', 'O_NOCTTY',
    'O_NOFOLLOW', 'O_NONBLOCK', 'O_RDONLY', 'O_RDWR', 'O_SYNC', 'O_TRUNC', 'O_WRONLY',
    '_exit', 'access', 'chdir', 'chmod', 'close', 'confstr', 'confstr_names', 'cpu_count',
    'error', 'fspath', 'fstat', 'fsync', 'ftruncate', 'get_terminal_size', 'getcwd', 'getcwdb',
    'getegid', 'geteuid', 'getgid', 'getloadavg', 'getpid', 'getppid', 'getuid', 'isatty',
    'kill', 'link', 'listdir', 'lseek', 'lstat', 'mkdir', 'open', 'putenv', 'read', 'readlink',
    'remove', 'rename', 'replace', 'rmdir', 'scandir', 'sched_getaffinity', 'stat',
    'stat_result', 'statvfs', 'statvfs_result', 'strerror', 'symlink', 'system',
    'terminal_size', 'times', 'times_result', 'truncate', 'umask', 'uname', 'uname_result',
    'unlink', 'unsetenv', 'urandom', 'utime', 'write',
)

for _name in _FROM_OS:
    if hasattr(_os, _name):
        globals()[_name] = getattr(_os, _name)

from _os_dir import DirEntry     # what scandir() yields

# the environment as the process started it... as far as tpy knows: a copy of
# os.environ taken now, keys and values as bytes
environ = {_os.fsencode(k): _os.fsencode(v) for k, v in _os.environ.items()}

# waitpid() options and waitid() id types (Linux's values)
WNOHANG = 1
WUNTRACED = 2
WSTOPPED = 2
WEXITED = 4
WCONTINUED = 8
WNOWAIT = 0x01000000
P_PID, P_PGID, P_ALL, P_PIDFD = 1, 2, 0, 3
CLD_EXITED, CLD_KILLED, CLD_DUMPED, CLD_TRAPPED, CLD_STOPPED, CLD_CONTINUED = 1, 2, 3, 4, 5, 6

# sysexits.h
EX_OK = 0
EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_NOUSER, EX_NOHOST, EX_UNAVAILABLE, EX_SOFTWARE, \
    EX_OSERR, EX_OSFILE, EX_CANTCREAT, EX_IOERR, EX_TEMPFAIL, EX_PROTOCOL, EX_NOPERM, \
    EX_CONFIG = range(64, 79)

F_ULOCK, F_LOCK, F_TLOCK, F_TEST = 0, 1, 2, 3
PRIO_PROCESS, PRIO_PGRP, PRIO_USER = 0, 1, 2
SEEK_DATA, SEEK_HOLE = 3, 4
O_ACCMODE = 3
TMP_MAX = 238328
NGROUPS_MAX = 65536


def _status(status):
    return status.__index__()


# The wait status macros of <sys/wait.h>: the low 7 bits are the signal that
# ended the process (0x7f: stopped), the next 8 the exit code or stop signal.

def WIFEXITED(status):
    """True if the process exited normally (by exit or return)."""
    return _status(status) & 0x7f == 0


def WEXITSTATUS(status):
    """The exit code of a process that exited normally."""
    return (_status(status) >> 8) & 0xff


def WIFSIGNALED(status):
    """True if the process was ended by a signal."""
    low = _status(status) & 0x7f
    return low != 0 and low != 0x7f


def WTERMSIG(status):
    """The signal that ended the process."""
    return _status(status) & 0x7f


def WIFSTOPPED(status):
    """True if the process is stopped."""
    return _status(status) & 0xff == 0x7f


def WSTOPSIG(status):
    """The signal that stopped the process."""
    return (_status(status) >> 8) & 0xff


def WIFCONTINUED(status):
    """True if the process was resumed by SIGCONT."""
    return _status(status) == 0xffff


def WCOREDUMP(status):
    """True if the process dumped core when a signal ended it."""
    return bool(_status(status) & 0x80)


def waitstatus_to_exitcode(status):
    """The exit code of a wait status, or minus the signal that ended the process."""
    if not isinstance(status, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(status).__name__)
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    if WIFSTOPPED(status):
        raise ValueError("process stopped by delivery of signal %d" % WSTOPSIG(status))
    raise ValueError("invalid wait status: %d" % status)


def major(device):
    """The major number of a device number (glibc's encoding)."""
    return ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff)


def minor(device):
    """The minor number of a device number (glibc's encoding)."""
    return (device & 0xff) | ((device >> 12) & ~0xff)


def makedev(major, minor):
    """A device number from its major and minor numbers (glibc's encoding)."""
    return (((major & 0xfff) << 8) | ((major & ~0xfff) << 32)
            | (minor & 0xff) | ((minor & ~0xff) << 12))


del _name
