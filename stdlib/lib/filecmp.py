"""filecmp: compare files (cmp, cmpfiles) and folders (dircmp, with its reports)."""

import os
import stat
from itertools import filterfalse
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    """Forgets the results of earlier content comparisons."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """Whether two regular files are the same: with shallow, equal type, size and
    modification time are enough; otherwise (or when those differ but the sizes agree)
    the contents are compared, and the answer cached against both signatures."""
    s1 = _signature(os.stat(f1))
    s2 = _signature(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    if key not in _cache:
        if len(_cache) > 100:  # keep it small: forget everything now and then
            clear_cache()
        _cache[key] = _same_contents(f1, f2)
    return _cache[key]


def _same_contents(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            block_a = a.read(BUFSIZE)
            block_b = b.read(BUFSIZE)
            if block_a != block_b:
                return False
            if not block_a:
                return True


def _outcome(a, b, shallow):
    # 0 same, 1 different, 2 could not be compared
    try:
        return 0 if cmp(a, b, shallow) else 1
    except OSError:
        return 2


def cmpfiles(a, b, common, shallow=True):
    """Compares the files named in common in folders a and b: (same, different, trouble)."""
    result = ([], [], [])
    for name in common:
        result[_outcome(os.path.join(a, name), os.path.join(b, name), shallow)].append(name)
    return result


def _filter(names, skip):
    return list(filterfalse(skip.__contains__, names))


class dircmp:
    """The comparison of folders a and b, worked out attribute by attribute as they are
    first read: left_list, right_list, common, left_only, right_only, common_dirs,
    common_files, common_funny, same_files, diff_files, funny_files, subdirs."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        skip = self.hide + self.ignore
        self.left_list = sorted(_filter(os.listdir(self.left), skip))
        self.right_list = sorted(_filter(os.listdir(self.right), skip))

    def phase1(self):
        left = dict(zip(map(os.path.normcase, self.left_list), self.left_list))
        right = dict(zip(map(os.path.normcase, self.right_list), self.right_list))
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def phase2(self):
        # Sort the common names into folders, regular files and the rest ("funny").
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                kind_a = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                kind_b = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if kind_a != kind_b:
                self.common_funny.append(name)
            elif stat.S_ISDIR(kind_a):
                self.common_dirs.append(name)
            elif stat.S_ISREG(kind_a):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        # Subclasses compare their subfolders with their own class.
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name),
                                                os.path.join(self.right, name),
                                                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    def report(self):
        print('diff', self.left, self.right)
        listings = [
            (self.left_only, ('Only in', self.left, ':')),
            (self.right_only, ('Only in', self.right, ':')),
            (self.same_files, ('Identical files :',)),
            (self.diff_files, ('Differing files :',)),
            (self.funny_files, ('Trouble with common files :',)),
            (self.common_dirs, ('Common subdirectories :',)),
            (self.common_funny, ('Common funny cases :',)),
        ]
        for names, label in listings:
            if names:
                names.sort()
                print(*label, names)

    def report_partial_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    __class_getitem__ = classmethod(GenericAlias)


def demo():
    import sys
    import getopt
    options, args = getopt.getopt(sys.argv[1:], 'r')
    if len(args) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    comparison = dircmp(args[0], args[1])
    if ('-r', '') in options:
        comparison.report_full_closure()
    else:
        comparison.report()


if __name__ == '__main__':
    demo()
