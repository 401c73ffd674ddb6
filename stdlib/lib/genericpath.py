"""Path functions shared by posixpath and ntpath (file tests on os.stat, the
common prefix, extensions). Import os.path rather than this module."""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile', 'samestat']


def _stat_or_none(path):
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    """True if the path names something that exists (a broken link does not)."""
    return _stat_or_none(path) is not None


def isfile(path):
    """True if the path is a regular file (links followed)."""
    st = _stat_or_none(path)
    return st is not None and stat.S_ISREG(st.st_mode)


def isdir(s):
    """True if the path is a directory (links followed)."""
    st = _stat_or_none(s)
    return st is not None and stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """Size of the file in bytes."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Last modification time (seconds since the epoch)."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Last access time (seconds since the epoch)."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Metadata change time (seconds since the epoch)."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    # the smallest and the largest differ first where any two do
    low, high = min(m), max(m)
    for i, item in enumerate(low):
        if item != high[i]:
            return low[:i]
    return low


def samestat(s1, s2):
    """True if two stat results describe the same file."""
    return (s1.st_dev, s1.st_ino) == (s2.st_dev, s2.st_ino)


def samefile(f1, f2):
    """True if the two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """True if two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """(root, ext): ext is from the last dot of the last component on, unless
    the component is all dots before it (a leading dot starts no extension)."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        name_start = last_sep + 1
        if p[name_start:dot].strip(extsep):
            return p[:dot], p[dot:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """Raise the TypeError that explains bad path arguments (not str/bytes, or mixed)."""
    kinds = set()
    for s in args:
        if isinstance(s, (str, bytes)):
            kinds.add(isinstance(s, str))
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None
