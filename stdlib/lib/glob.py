"""glob for tpy: pathnames matching a shell pattern (CPython 3.11's rules: hidden files, `**`).

Names come in the order os.listdir gives them. CPython gives the directory's own order;
tpy's os.listdir (over node:fs) gives them sorted, so a program that relies on the order
should sort, as it must under CPython too.
"""

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """A list of the paths matching pathname; with recursive=True, '**' matches any depth."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname (as glob, lazily)."""
    if dir_fd is not None:
        raise NotImplementedError("tpy's glob does not support dir_fd")
    if isinstance(pathname, bytes):
        # tpy's os module takes str paths only.
        raise TypeError("tpy's glob supports str patterns only, not bytes")
    base = pathname[:0] if root_dir is None else os.fspath(root_dir)
    found = _Search(base, recursive, include_hidden).matches(pathname, False)
    if pathname and not (recursive and pathname[:2] == '**'):
        return found
    # An empty pattern, or one opening with '**', would first give '' (the starting
    # directory itself), which glob leaves out.
    return _without_leading_empty(found)


def _without_leading_empty(paths):
    for first in paths:
        if first:
            yield first
        break
    yield from paths


class _Search:
    """One glob call: the directory relative patterns start from and the options."""

    def __init__(self, base, recursive, include_hidden):
        self.base = base
        self.recursive = recursive
        self.include_hidden = include_hidden

    def _at(self, path):
        return _join(self.base, path)

    def _is_double_star(self, part):
        return self.recursive and part == '**'

    def matches(self, pattern, dirs_only):
        """The paths (relative to base) matching pattern; dirs_only while matching the
        directory part of a longer pattern."""
        head, tail = os.path.split(pattern)
        if not has_magic(pattern):
            # no wildcard anywhere: the path itself, if it is there
            if tail:
                wanted = os.path.lexists(self._at(pattern))
            else:
                wanted = os.path.isdir(self._at(head))  # 'dir/' names a directory
            if wanted:
                yield pattern
            return
        if not head:
            yield from self._names_in(self.base, tail, dirs_only)
            return
        if head != pattern and has_magic(head):
            parents = self.matches(head, True)
        else:
            parents = (head,)
        for parent in parents:
            for name in self._names_in(self._at(parent), tail, dirs_only):
                yield os.path.join(parent, name)

    def _names_in(self, directory, part, dirs_only):
        """The names in directory that one pattern component matches ('' for the
        directory itself where part is '' or '**')."""
        if self._is_double_star(part):
            return self._tree(directory, dirs_only)
        if has_magic(part):
            candidates = _entries(directory, dirs_only)
            if not self.include_hidden and not _is_hidden(part):
                candidates = [name for name in candidates if not _is_hidden(name)]
            return fnmatch.filter(candidates, part)
        # a literal component after a wildcard one
        if part:
            present = os.path.lexists(_join(directory, part))
        else:
            present = os.path.isdir(directory)
        return [part] if present else []

    def _tree(self, directory, dirs_only):
        yield ''
        yield from self._descendants(directory, dirs_only)

    def _descendants(self, directory, dirs_only):
        for name in _entries(directory, dirs_only):
            if _is_hidden(name) and not self.include_hidden:
                continue
            yield name
            below = _join(directory, name) if directory else name
            for rest in self._descendants(below, dirs_only):
                yield _join(name, rest)


def _entries(directory, dirs_only):
    """The names in a directory (only its subdirectories if dirs_only); none if it cannot be read."""
    where = directory or os.curdir
    try:
        names = os.listdir(where)
    except OSError:
        return []
    if not dirs_only:
        return names
    return [name for name in names if os.path.isdir(os.path.join(where, name))]


def _join(directory, name):
    # '' on either side means "just the other one"
    if directory and name:
        return os.path.join(directory, name)
    return directory or name


def _is_hidden(name):
    return name[:1] == '.'


# The wildcard characters, captured so that escape() can bracket each one.
magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    finder = magic_check_bytes if isinstance(s, bytes) else magic_check
    return finder.search(s) is not None


def escape(pathname):
    """pathname with its wildcard characters bracketed, to match literally."""
    if isinstance(pathname, bytes):
        return magic_check_bytes.sub(br'[\1]', pathname)
    return magic_check.sub(r'[\1]', pathname)
