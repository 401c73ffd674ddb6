"""pathlib for tpy: PurePosixPath and PosixPath, as CPython 3.11 behaves on Linux.

Written from the documented behaviour and by probing CPython 3.11. A path is its root
('' or '/', or '//' which POSIX keeps) and its list of names; everything else is derived.
The Windows flavour (PureWindowsPath; WindowsPath cannot be made here, as on CPython
on Linux) is in _pathlib_windows, loaded when first named. Not here: owner/group,
chmod, symlink creation, samefile.
"""

import os
import sys
from fnmatch import fnmatchcase

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _split(text):
    """(root, names) of one POSIX path string: '.' and empty names dropped."""
    root = ''
    if text.startswith('/'):
        # Exactly two leading slashes are kept (POSIX leaves their meaning to the system).
        root = '//' if text.startswith('//') and not text.startswith('///') else '/'
    names = [n for n in text.split('/') if n and n != '.']
    return root, names


def _parse(args):
    root = ''
    names = []
    # A Windows path stands for its parts read as POSIX text ('c:\\' is a name here).
    args = [p for a in args for p in (a.parts if isinstance(a, PurePath) and a._windows else (a,))]
    for a in args:
        if isinstance(a, PurePath):
            r, n = a._root, list(a._names)
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError('argument should be a str object or an os.PathLike object '
                                'returning str, not %r' % (type(a),))
            r, n = _split(a)
        if r:
            root, names = r, n
        else:
            names.extend(n)
    return root, names


def _has_wildcard(part):
    return '*' in part or '?' in part or '[' in part


class _PathParents(object):
    """path.parents: the ancestors, nearest first; indexes and slices like a sequence."""

    def __init__(self, path):
        self._path = path
        self._count = len(path._names)

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._count)))
        if index >= self._count or index < -self._count:
            raise IndexError(index)
        if index < 0:
            index += self._count
        p = self._path
        return p._make(p._root, p._names[:self._count - index - 1])

    def __iter__(self):
        for i in range(self._count):
            yield self[i]

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath(object):
    """A path as text only: no file system access."""

    # No instance __dict__, as CPython's paths have none (p.x = 1 is an AttributeError).
    __slots__ = ('_root', '_names')

    # The Windows flavour (_pathlib_windows) sets this: paths of the two flavours never compare equal.
    _windows = False

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root, names = _parse(args)
        return cls._make_new(root, names)

    @classmethod
    def _make_new(cls, root, names):
        self = object.__new__(cls)
        self._root = root
        self._names = names
        return self

    def _make(self, root, names):
        return type(self)._make_new(root, names)

    # -- text --

    def __str__(self):
        return (self._root + '/'.join(self._names)) or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode('utf-8', 'surrogateescape')

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.as_posix())

    # -- comparison --

    def _key(self):
        return list(self.parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or other._windows is not self._windows:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(tuple(self._key()))

    def __lt__(self, other):
        if not isinstance(other, PurePath) or other._windows is not self._windows:
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath) or other._windows is not self._windows:
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath) or other._windows is not self._windows:
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath) or other._windows is not self._windows:
            return NotImplemented
        return self._key() >= other._key()

    # -- parts --

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._names)
        return tuple(self._names)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._names:
            return self
        return self._make(self._root, self._names[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def as_uri(self):
        """The path as a 'file:' URI (absolute paths only)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(bytes(self))

    # -- derived paths --

    def joinpath(self, *args):
        return type(self)._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return type(self)._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_args((key, self))
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        root, names = _split(name)
        if not name or name.endswith('/') or root or len(names) != 1:
            raise ValueError('Invalid name %r' % (name,))
        return self._make(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        if old:
            name = name[:-len(old)]
        return self._make(self._root, self._names[:-1] + [name + suffix])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        root, names = _parse(other)
        mine = ([self._root] if self._root else []) + self._names
        theirs = ([root] if root else []) + names
        n = len(theirs)
        if (self._root if n == 0 else mine[:n] != theirs):
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and the '
                             'other is absolute.'.format(str(self), root + '/'.join(names)))
        return self._make('', mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        root, pattern = _split(path_pattern)
        if not pattern and not root:
            raise ValueError('empty pattern')
        if root and root != self._root:
            return False
        names = self._names
        if root:
            if len(pattern) != len(names):
                return False
        elif len(pattern) > len(names):
            return False
        for name, pat in zip(reversed(names), reversed(pattern)):
            if not fnmatchcase(name, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A POSIX path as text."""
    __slots__ = ()


def _ignorable(e):
    # exists()/is_dir() answer False for these rather than raising.
    return getattr(e, 'errno', None) in (2, 20, 9, 40)


class Path(PurePath):
    """A path on the file system: the PurePath operations and I/O."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    # -- information --

    def stat(self, *, follow_symlinks=True):
        return os.stat(self)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def lstat(self):
        # tpy's os has no lstat: symbolic links are followed (docs/differences.md).
        return os.stat(self)

    def _mode_or_none(self):
        try:
            return self.stat().st_mode
        except OSError as e:
            if not _ignorable(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self):
        return self._mode_or_none() is not None

    def is_dir(self):
        mode = self._mode_or_none()
        return mode is not None and mode & _S_IFMT == _S_IFDIR

    def is_file(self):
        mode = self._mode_or_none()
        return mode is not None and mode & _S_IFMT == _S_IFREG

    def is_symlink(self):
        return os.path.islink(self)

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        resolved = type(self)(os.path.realpath(self))
        if strict:
            resolved.stat()
        return resolved

    def expanduser(self):
        if not self._root and self._names and self._names[0][:1] == '~':
            home = os.path.expanduser(self._names[0])
            if home[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return type(self)(home, *self._names[1:])
        return self

    # -- directories --

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make(self._root, self._names + [name])

    def glob(self, pattern):
        parts = self._pattern_parts(pattern)
        seen = set()
        for p in self._select(parts):
            if p not in seen:
                seen.add(p)
                yield p

    def rglob(self, pattern):
        parts = self._pattern_parts(pattern)
        seen = set()
        for p in self._select(['**'] + parts):
            if p not in seen:
                seen.add(p)
                yield p

    def _pattern_parts(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = _split(pattern)
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern[-1] == '/':
            parts = parts + ['']  # a pattern ending in a separator matches directories only
        return parts

    def _select(self, parts):
        if not parts:
            yield self
            return
        first, rest = parts[0], parts[1:]
        if first == '':
            if self.is_dir():
                yield from self._select(rest)
        elif first == '**':
            for d in self._walk_dirs():
                yield from d._select(rest)
        elif _has_wildcard(first):
            try:
                names = os.listdir(self)
            except OSError:
                return
            for name in names:
                if not fnmatchcase(name, first):
                    continue
                child = self._make(self._root, self._names + [name])
                if rest and not child.is_dir():
                    continue
                yield from child._select(rest)
        else:
            child = self._make(self._root, self._names + [first])
            if (child.is_dir() if rest else child.exists()):
                yield from child._select(rest)

    def _walk_dirs(self):
        """self and every directory below it, parents first."""
        yield self
        try:
            names = os.listdir(self)
        except OSError:
            return
        for name in names:
            child = self._make(self._root, self._names + [name])
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    # -- files --

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def write_bytes(self, data):
        if isinstance(data, str):
            raise TypeError("memoryview: a bytes-like object is required, not 'str'")
        with self.open(mode='wb') as f:
            return f.write(bytes(data))

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with self.open('a'):
            pass

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)


class PosixPath(Path, PurePosixPath):
    """A path on a POSIX file system."""
    __slots__ = ()


def __getattr__(name):
    # The Windows flavour is loaded the first time a program names it.
    if name in ('PureWindowsPath', 'WindowsPath'):
        import _pathlib_windows
        return getattr(_pathlib_windows, name)
    raise AttributeError(f"module 'pathlib' has no attribute '{name}'")
