"""dbm.dumb: a key-value database in two files, written in tpy as CPython's is in Python.

NAME.dat holds the values, each starting on a 512-byte boundary; NAME.dir is the index, one
line "'key', (offset, size)" per key (the key decoded as Latin-1). The index is read whole
at open and written back when it changed (sync, close, a deletion), the previous one kept
as NAME.bak. Keys and values are bytes (str is encoded as UTF-8)."""

import ast as _ast
import io as _io
import os as _os
from collections.abc import MutableMapping

__all__ = ["error", "open"]

_FLAGS = ('r', 'w', 'c', 'n')

_BLOCKSIZE = 512

error = OSError

_CLOSED = 'DBM object has already been closed'
_READ_ONLY = 'The database is opened for reading only'


def _as_bytes(value, what):
    if isinstance(value, str):
        return value.encode('utf-8')
    if isinstance(value, (bytes, bytearray)):
        return value
    raise TypeError("%s must be bytes or strings" % what)


class _Database(MutableMapping):

    # Kept on the class so close() still works while the interpreter shuts down.
    _os = _os
    _io = _io

    def __init__(self, basename, mode, flag='c'):
        self._mode = mode
        self._readonly = flag == 'r'
        self._dirfile = basename + '.dir'
        self._datfile = basename + '.dat'
        self._bakfile = basename + '.bak'
        self._index = None  # None once closed
        if flag == 'n':
            for path in (self._datfile, self._bakfile, self._dirfile):
                try:
                    _os.remove(path)
                except OSError:
                    pass
        self._create(flag)
        self._update(flag)

    def _create(self, flag):
        # The data file must exist; 'c' and 'n' make an empty one.
        try:
            f = self._data('rb')
        except OSError:
            if flag not in ('c', 'n'):
                raise
            with self._data('wb'):
                self._chmod(self._datfile)
        else:
            f.close()

    def _update(self, flag):
        """Reads the index file into self._index."""
        self._modified = False
        self._index = {}
        try:
            f = self._index_file('r')
        except OSError:
            if flag not in ('c', 'n'):
                raise
            self._modified = True
            return
        with f:
            for line in f:
                key, place = _ast.literal_eval(line.rstrip())
                self._index[key.encode('Latin-1')] = place

    def _commit(self):
        """Writes the index back if it changed (the old one becomes the .bak file)."""
        if not self._modified or self._index is None:
            return
        for step in (lambda: self._os.unlink(self._bakfile),
                     lambda: self._os.rename(self._dirfile, self._bakfile)):
            try:
                step()
            except OSError:
                pass
        with self._index_file('w') as f:
            self._chmod(self._dirfile)
            for key, place in self._index.items():
                f.write("%r, %r\n" % (key.decode('Latin-1'), place))

    sync = _commit

    def _check_writable(self):
        if self._readonly:
            raise error(_READ_ONLY)

    def _data(self, mode):
        return _io.open(self._datfile, mode)

    def _index_file(self, mode):
        return self._io.open(self._dirfile, mode, encoding="Latin-1")

    def _verify_open(self):
        if self._index is None:
            raise error(_CLOSED)

    def __getitem__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._verify_open()
        offset, size = self._index[key]  # KeyError with the bytes key, as CPython
        with self._data('rb') as f:
            f.seek(offset)
            return f.read(size)

    def _append_value(self, value):
        # A new value starts at the first block boundary at or after the end of the file.
        with self._data('rb+') as f:
            f.seek(0, 2)
            end = int(f.tell())
            start = -(-end // _BLOCKSIZE) * _BLOCKSIZE
            f.write(b'\0' * (start - end))
            f.write(value)
        return start, len(value)

    def _overwrite_value(self, offset, value):
        with self._data('rb+') as f:
            f.seek(offset)
            f.write(value)
        return offset, len(value)

    def _append_index_line(self, key, place):
        # A new key is added to the index file at once; changes to old ones wait for a commit.
        self._index[key] = place
        with self._index_file('a') as f:
            self._chmod(self._dirfile)
            f.write("%r, %r\n" % (key.decode("Latin-1"), place))

    def __setitem__(self, key, value):
        self._check_writable()
        key = _as_bytes(key, "keys")
        value = _as_bytes(value, "values")
        self._verify_open()
        self._modified = True
        if key not in self._index:
            self._append_index_line(key, self._append_value(value))
            return
        offset, size = self._index[key]
        blocks_had = -(-size // _BLOCKSIZE)
        blocks_need = -(-len(value) // _BLOCKSIZE)
        # The value stays where it was when it fits in its blocks; else it moves to the end
        # (the old blocks are not reused).
        if blocks_need <= blocks_had:
            self._index[key] = self._overwrite_value(offset, value)
        else:
            self._index[key] = self._append_value(value)

    def __delitem__(self, key):
        self._check_writable()
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._verify_open()
        self._modified = True
        del self._index[key]
        self._commit()

    def keys(self):
        try:
            return list(self._index)
        except TypeError:
            raise error(_CLOSED) from None

    def items(self):
        self._verify_open()
        return [(k, self[k]) for k in list(self._index)]

    def __contains__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        try:
            return key in self._index
        except TypeError:
            if self._index is None:
                raise error(_CLOSED) from None
            raise

    def iterkeys(self):
        try:
            return iter(self._index)
        except TypeError:
            raise error(_CLOSED) from None

    __iter__ = iterkeys

    def __len__(self):
        try:
            return len(self._index)
        except TypeError:
            raise error(_CLOSED) from None

    def close(self):
        try:
            self._commit()
        finally:
            self._index = None
            self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def _chmod(self, path):
        self._os.chmod(path, self._mode)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(file, flag='c', mode=0o666):
    """Opens the database NAME.dat/NAME.dir: flag 'r' (read only), 'w' (read and write),
    'c' (create if missing) or 'n' (always a new, empty one); mode is masked by the umask."""
    umask = _os.umask(0)
    _os.umask(umask)
    mode &= ~umask
    if flag not in _FLAGS:
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    file = _os.fspath(file)
    if isinstance(file, bytes):
        file = file.decode()
    return _Database(file, mode, flag)
