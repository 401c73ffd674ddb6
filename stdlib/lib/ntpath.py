"""Windows path names, for any host: the functions of os.path as Windows has
them (drive letters, UNC shares, both slashes as separators, case-insensitive).
The file-system functions (exists, isdir...) ask this host's os."""

curdir = '.'
pardir = '..'
extsep = '.'
sep = '\\'
pathsep = ';'
altsep = '/'
defpath = '.;C:\\bin'
devnull = 'nul'
supports_unicode_filenames = False

import os
import sys
import stat
import genericpath
from genericpath import *

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "samefile", "sameopenfile", "samestat", "commonpath"]


class _Spelling:
    """The separators and special names, as str or as bytes."""

    def __init__(self, enc):
        self.sep = enc('\\')
        self.altsep = enc('/')
        self.seps = enc('\\/')
        self.colon = enc(':')
        self.curdir = enc('.')
        self.pardir = enc('..')
        self.unc_prefix = enc('\\\\?\\UNC\\')


_STR = _Spelling(str)
_BYTES = _Spelling(lambda s: s.encode('ascii'))


def _spelling(path):
    return _BYTES if isinstance(path, bytes) else _STR


def _get_bothseps(path):
    return _spelling(path).seps


def normcase(s):
    """Lower-cased, with every slash a backslash."""
    s = os.fspath(s)
    if isinstance(s, bytes):
        return os.fsencode(os.fsdecode(s).replace('/', '\\').lower())
    return s.replace('/', '\\').lower()


def isabs(s):
    """True if the path starts at a root (\\x, C:\\x, \\\\server\\share)."""
    s = os.fspath(s)
    sp = _spelling(s)
    head = s[:3].replace(sp.altsep, sp.sep)
    return head.startswith(sp.sep) or head.startswith(sp.colon + sp.sep, 1)


def splitdrive(p):
    """(drive or UNC share, rest): 'c:' of 'c:/dir', '//host/share' of
    '//host/share/dir'; drive + rest == p."""
    p = os.fspath(p)
    if len(p) < 2:
        return p[:0], p
    sp = _spelling(p)
    unified = p.replace(sp.altsep, sp.sep)
    if unified[:2] == sp.sep * 2:
        # \\server\share, or \\?\UNC\server\share
        first = 8 if unified[:8].upper() == sp.unc_prefix else 2
        host_end = unified.find(sp.sep, first)
        share_end = unified.find(sp.sep, host_end + 1) if host_end != -1 else -1
        if share_end == -1:
            return p, p[:0]
        return p[:share_end], p[share_end:]
    if unified[1:2] == sp.colon:
        return p[:2], p[2:]
    return p[:0], p


def join(path, *paths):
    """Join components; one starting at a root (or with another drive) restarts the path."""
    path = os.fspath(path)
    sp = _spelling(path)
    try:
        if not paths:
            path[:0] + sp.sep      # a TypeError for a bad single argument
        drive, rest = splitdrive(path)
        for piece in map(os.fspath, paths):
            p_drive, p_rest = splitdrive(piece)
            if p_rest and p_rest[0] in sp.seps:
                # rooted: replaces what we have (keeping our drive if it has none)
                if p_drive or not drive:
                    drive = p_drive
                rest = p_rest
                continue
            if p_drive and p_drive != drive:
                if p_drive.lower() != drive.lower():
                    drive, rest = p_drive, p_rest    # another drive: start over
                    continue
                drive = p_drive                      # the same drive, other case
            if rest and rest[-1] not in sp.seps:
                rest = rest + sp.sep
            rest = rest + p_rest
        if rest and rest[0] not in sp.seps and drive and drive[-1:] != sp.colon:
            return drive + sp.sep + rest            # a UNC share needs a separator
        return drive + rest
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', path, *paths)
        raise


def split(p):
    """(head, tail): tail is the last component, head the rest without trailing slashes."""
    p = os.fspath(p)
    seps = _get_bothseps(p)
    drive, rest = splitdrive(p)
    cut = len(rest)
    while cut and rest[cut - 1] not in seps:
        cut -= 1
    head, tail = rest[:cut], rest[cut:]
    return drive + (head.rstrip(seps) or head), tail


def splitext(p):
    p = os.fspath(p)
    sp = _spelling(p)
    return genericpath._splitext(p, sp.sep, sp.altsep, sp.curdir)


splitext.__doc__ = genericpath._splitext.__doc__


def basename(p):
    """Returns the final component of a pathname"""
    return split(p)[1]


def dirname(p):
    """Returns the directory component of a pathname"""
    return split(p)[0]


def islink(path):
    """True if the path is a symbolic link."""
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except (OSError, ValueError, AttributeError):
        return False


def lexists(path):
    """True if the path exists, a broken symbolic link included."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """True for a drive's root or a share's root."""
    path = os.fspath(path)
    seps = _get_bothseps(path)
    root, rest = splitdrive(abspath(path))
    if root and root[0] in seps:
        return not rest or rest in seps
    return bool(rest) and rest in seps


def expanduser(path):
    """~ and ~user from USERPROFILE (or HOMEDRIVE and HOMEPATH); unchanged without them."""
    path = os.fspath(path)
    tilde = '~' if isinstance(path, str) else b'~'
    if not path.startswith(tilde):
        return path
    seps = _get_bothseps(path)
    end = 1
    while end < len(path) and path[end] not in seps:
        end += 1
    env = os.environ
    if 'USERPROFILE' in env:
        home = env['USERPROFILE']
    elif 'HOMEPATH' in env:
        home = join(env.get('HOMEDRIVE', ''), env['HOMEPATH'])
    else:
        return path
    if end != 1:
        user = path[1:end]
        if isinstance(user, bytes):
            user = os.fsdecode(user)
        if user != env.get('USERNAME'):
            # guess: other users' profiles sit beside ours
            if env.get('USERNAME') != basename(home):
                return path
            home = join(dirname(home), user)
    if isinstance(path, bytes):
        home = os.fsencode(home)
    return home + path[end:]


def _lookup_var(name, default):
    """The environment's value for a variable name (str or bytes), or default."""
    try:
        if isinstance(name, bytes):
            environb = getattr(os, 'environb', None)
            if environb is None:
                return os.fsencode(os.environ[os.fsdecode(name)])
            return environb[name]
        return os.environ[name]
    except KeyError:
        return default


def expandvars(path):
    """$var, ${var} and %var% replaced by the environment's values; unknown
    variables and anything inside single quotes are left as they are; $$ and
    %% stand for $ and %."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    enc = (lambda s: s.encode('ascii')) if is_bytes else (lambda s: s)
    dollar, percent, quote, lbrace, rbrace = (enc(c) for c in "$%'{}")
    if dollar not in path and percent not in path:
        return path
    import string
    namechars = enc(string.ascii_letters + string.digits + '_-')
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i:i + 1]
        if c == quote:
            close = path.find(quote, i + 1)
            if close == -1:
                out.append(path[i:])
                break
            out.append(path[i:close + 1])
            i = close + 1
        elif c == percent:
            if path[i + 1:i + 2] == percent:
                out.append(c)
                i += 2
                continue
            close = path.find(percent, i + 1)
            if close == -1:
                out.append(path[i:])
                break
            name = path[i + 1:close]
            out.append(_lookup_var(name, percent + name + percent))
            i = close + 1
        elif c == dollar:
            nxt = path[i + 1:i + 2]
            if nxt == dollar:
                out.append(c)
                i += 2
            elif nxt == lbrace:
                close = path.find(rbrace, i + 2)
                if close == -1:
                    out.append(path[i:])
                    break
                name = path[i + 2:close]
                out.append(_lookup_var(name, dollar + lbrace + name + rbrace))
                i = close + 1
            else:
                j = i + 1
                while j < n and path[j:j + 1] in namechars:
                    j += 1
                name = path[i + 1:j]
                out.append(_lookup_var(name, dollar + name))
                i = j
        else:
            out.append(c)
            i += 1
    return path[:0].join(out)


def normpath(path):
    """Backslashes only, no '.', no 'x\\..', no doubled separators ('.' if nothing is left)."""
    path = os.fspath(path)
    sp = _spelling(path)
    path = path.replace(sp.altsep, sp.sep)
    prefix, path = splitdrive(path)
    if path.startswith(sp.sep):
        prefix += sp.sep
        path = path.lstrip(sp.sep)
    kept = []
    for part in path.split(sp.sep):
        if not part or part == sp.curdir:
            continue
        if part == sp.pardir:
            if kept and kept[-1] != sp.pardir:
                kept.pop()
                continue
            if not kept and prefix.endswith(sp.sep):
                continue          # '..' at the root stays at the root
        kept.append(part)
    if not prefix and not kept:
        kept.append(sp.curdir)
    return prefix + sp.sep.join(kept)


def _abspath_fallback(path):
    """normpath of the path joined to the current directory."""
    path = os.fspath(path)
    if not isabs(path):
        path = join(os.getcwdb() if isinstance(path, bytes) else os.getcwd(), path)
    return normpath(path)


abspath = _abspath_fallback


def realpath(path, *, strict=False):
    """abspath: links are not resolved away from Windows."""
    return abspath(path)


def relpath(path, start=None):
    """The path relative to start (the current directory by default)."""
    path = os.fspath(path)
    sp = _spelling(path)
    if start is None:
        start = sp.curdir
    if not path:
        raise ValueError("no path specified")
    start = os.fspath(start)
    try:
        start_drive, start_rest = splitdrive(abspath(normpath(start)))
        path_drive, path_rest = splitdrive(abspath(normpath(path)))
        if normcase(start_drive) != normcase(path_drive):
            raise ValueError("path is on mount %r, start on mount %r" % (
                path_drive, start_drive))
        start_parts = [x for x in start_rest.split(sp.sep) if x]
        path_parts = [x for x in path_rest.split(sp.sep) if x]
        shared = 0
        for a, b in zip(start_parts, path_parts):
            if normcase(a) != normcase(b):
                break
            shared += 1
        parts = [sp.pardir] * (len(start_parts) - shared) + path_parts[shared:]
        return join(*parts) if parts else sp.curdir
    except (TypeError, ValueError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest sub-path the paths share, compared without regard to case
    or slash style; written with backslashes in the first path's case."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    sp = _spelling(paths[0])
    try:
        splits = [splitdrive(p.replace(sp.altsep, sp.sep).lower()) for p in paths]
        roots = set(rest[:1] == sp.sep for drive, rest in splits)
        if len(roots) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        rooted = roots.pop()
        if len(set(drive for drive, rest in splits)) != 1:
            raise ValueError("Paths don't have the same drive")
        drive, first = splitdrive(paths[0].replace(sp.altsep, sp.sep))
        keep = lambda parts: [c for c in parts if c and c != sp.curdir]
        common = keep(first.split(sp.sep))
        compared = [keep(rest.split(sp.sep)) for d, rest in splits]
        low, high = min(compared), max(compared)
        size = len(low)
        for i, part in enumerate(low):
            if part != high[i]:
                size = i
                break
        return (drive + sp.sep if rooted else drive) + sp.sep.join(common[:size])
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
