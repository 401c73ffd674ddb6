"""pathlib's Windows flavour for tpy: PureWindowsPath (paths as Windows text: drives, UNC
shares, \\\\?\\ prefixes, backslashes, names compared without case) and WindowsPath, which
cannot be made on a POSIX system, as in CPython on Linux.

A path is its drive ('c:', '\\\\server\\share', '\\\\?\\c:' or ''), its root ('\\' or '')
and its list of names; pathlib's PurePath supplies the rest over those.
"""

import os
from fnmatch import fnmatchcase
from pathlib import PurePath, Path

__all__ = ['PureWindowsPath', 'WindowsPath']

_SEP = '\\'
_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_RESERVED = ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
             | {'COM' + c for c in '123456789\xb9\xb2\xb3'}
             | {'LPT' + c for c in '123456789\xb9\xb2\xb3'})


def _split_anchor(text):
    """(drive, root, rest) of one path string whose separators are backslashes."""
    prefix = ''
    if text[:2] == _SEP * 2:
        # \\?\ (extended length) and \\?\UNC\ prefixes stay part of the drive.
        if text.startswith('\\\\?\\'):
            prefix, text = text[:4], text[4:]
            if text.startswith('UNC\\'):
                prefix, text = prefix + text[:3], _SEP + text[3:]
    if text[:2] == _SEP * 2 and text[2:3] != _SEP:
        # \\server\share is a drive; a third backslash right after the server is not a share.
        first = text.find(_SEP, 2)
        if first != -1:
            second = text.find(_SEP, first + 1)
            if second != first + 1:
                if second == -1:
                    second = len(text)
                drive = prefix + text[1:second] if prefix else text[:second]
                return drive, _SEP, text[second + 1:]
    drive = root = ''
    if text[1:2] == ':' and text[:1] in _LETTERS:
        drive, text = text[:2], text[2:]
    if text[:1] == _SEP:
        root, text = _SEP, text.lstrip(_SEP)
    return prefix + drive, root, text


def _strings(args):
    out = []
    for a in args:
        if isinstance(a, PurePath):
            out.extend(a.parts)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError('argument should be a str object or an os.PathLike object '
                            'returning str, not %r' % (type(a),))
        out.append(a)
    return out


def _parse(args):
    """(drive, root, names) of the arguments joined as PureWindowsPath(*args) joins them:
    the last anchored one wins, a root without a drive taking the drive of an earlier one."""
    texts = _strings(args)
    drive = root = ''
    names = []
    i = len(texts) - 1
    while i >= 0:
        text = texts[i].replace('/', _SEP)
        i -= 1
        if not text:
            continue
        d, r, rest = _split_anchor(text)
        names[:0] = [n for n in rest.split(_SEP) if n and n != '.']
        if d or r:
            drive, root = d, r
            while not drive and i >= 0:
                earlier = texts[i].replace('/', _SEP)
                i -= 1
                if earlier:
                    drive = _split_anchor(earlier)[0]
            break
    return drive, root, names


def _joined(drive, root, names, drive2, root2, names2):
    """path / other, each as (drive, root, names)."""
    if root2:
        if not drive2 and drive:
            return drive, root2, names2
    elif drive2:
        if drive2.lower() == drive.lower():
            # the same drive: the second path goes on from the first
            return drive, root, names + names2
    else:
        return drive, root, names + names2
    return drive2, root2, names2


class PureWindowsPath(PurePath):
    """A Windows path as text."""
    __slots__ = ('_drv',)
    _windows = True

    @classmethod
    def _from_args(cls, args):
        return cls._make_windows(*_parse(args))

    @classmethod
    def _make_windows(cls, drive, root, names):
        self = object.__new__(cls)
        self._drv = drive
        self._root = root
        self._names = names
        return self

    def _make(self, root, names):
        return type(self)._make_windows(self._drv, root, names)

    # -- text --

    def __str__(self):
        anchor = self._drv + self._root
        return (anchor + _SEP.join(self._names)) or '.'

    def as_posix(self):
        return str(self).replace(_SEP, '/')

    def _key(self):
        return [p.lower() for p in self.parts]

    # -- parts --

    @property
    def parts(self):
        anchor = self._drv + self._root
        return ((anchor,) if anchor else ()) + tuple(self._names)

    @property
    def drive(self):
        return self._drv

    @property
    def anchor(self):
        return self._drv + self._root

    def is_absolute(self):
        return bool(self._root) and bool(self._drv)

    def is_reserved(self):
        parts = self.parts
        if not parts or parts[0].startswith('\\\\'):
            # UNC paths are never reserved
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _RESERVED

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        drive = self._drv
        if len(drive) == 2 and drive[1] == ':':
            rest = self.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, quote_from_bytes(rest.encode('utf-8')))
        return 'file:' + quote_from_bytes(self.as_posix().encode('utf-8'))

    # -- derived paths --

    def joinpath(self, *args):
        return type(self)._make_windows(*_joined(self._drv, self._root, self._names, *_parse(args)))

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        drive, root, names = _parse((name,))
        if not name or name[-1] in '\\/' or drive or root or len(names) != 1:
            raise ValueError('Invalid name %r' % (name,))
        return self._make(self._root, self._names[:-1] + [name])

    def with_suffix(self, suffix):
        if _SEP in suffix:
            raise ValueError('Invalid suffix %r' % (suffix,))
        return PurePath.with_suffix(self, suffix)

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        drive, root = self._drv, self._root
        mine = ([drive, root] if root else [drive] if drive else []) + self._names
        to_drive, to_root, to_names = _parse(other)
        theirs = ([to_drive, to_root] if to_root else [to_drive] if to_drive else []) + to_names
        n = len(theirs)
        differs = (root or drive) if n == 0 else [p.lower() for p in mine[:n]] != [p.lower() for p in theirs]
        if differs:
            shown = str(type(self)._make_windows(to_drive, to_root, to_names))
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and the '
                             'other is absolute.'.format(str(self), shown))
        # Relative to a bare drive, a rooted path keeps its root (CPython's result).
        if n == 1 and root:
            return type(self)._make_windows('', root, mine[2:])
        return type(self)._make_windows('', '', mine[n:])

    def match(self, path_pattern):
        pattern = path_pattern.lower()
        drive, root, names = _parse((pattern,))
        pattern_parts = ([drive + root] if drive or root else []) + names
        if not pattern_parts:
            raise ValueError('empty pattern')
        if drive and drive != self._drv.lower():
            return False
        if root and root != self._root.lower():
            return False
        parts = self._key()
        if drive or root:
            if len(pattern_parts) != len(parts):
                return False
            pattern_parts = pattern_parts[1:]
        elif len(pattern_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pattern_parts)):
            if not fnmatchcase(part, pat):
                return False
        return True


class WindowsPath(Path, PureWindowsPath):
    """A path on a Windows file system: not available on this one."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError('cannot instantiate %r on your system' % (cls.__name__,))
