"""shelve: a persistent dictionary of picklable values, over a dbm database (or any mapping
whose keys and values are bytes). Keys are str, encoded with keyencoding."""

from io import BytesIO
from pickle import Pickler, Unpickler
from collections.abc import MutableMapping

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


_CLOSED_MESSAGE = 'invalid operation on closed shelf'


class _ClosedDict(MutableMapping):
    """Stands in for the database of a closed shelf: every use is an error."""

    def closed(self, *args):
        raise ValueError(_CLOSED_MESSAGE)

    __iter__ = __len__ = closed
    __getitem__ = __setitem__ = __delitem__ = closed
    keys = closed

    def __repr__(self):
        return '<Closed Dictionary>'


class Shelf(MutableMapping):
    """A mapping from str keys to any picklable value, stored pickled in self.dict.

    With writeback=True every value read or written is also kept in self.cache and written
    back at sync() or close(), so changing a mutable value in place is saved too."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding="utf-8"):
        self.dict = dict
        self._protocol = 3 if protocol is None else protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def _key(self, key):
        return key.encode(self.keyencoding)

    def __iter__(self):
        for key in self.dict.keys():
            yield key.decode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return self._key(key) in self.dict

    def get(self, key, default=None):
        return self[key] if self._key(key) in self.dict else default

    def __getitem__(self, key):
        try:
            return self.cache[key]
        except KeyError:
            pass
        value = Unpickler(BytesIO(self.dict[self._key(key)])).load()
        if self.writeback:
            self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        buffer = BytesIO()
        Pickler(buffer, self._protocol).dump(value)
        self.dict[self._key(key)] = buffer.getvalue()

    def __delitem__(self, key):
        del self.dict[self._key(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def close(self):
        if self.dict is None:
            return
        try:
            self.sync()
            try:
                self.dict.close()
            except AttributeError:
                pass
        finally:
            # Set even when the shelf is half built (an exception in __init__) or dying.
            try:
                self.dict = _ClosedDict()
            except:
                self.dict = None

    def __del__(self):
        if hasattr(self, 'writeback'):  # else __init__ did not finish
            self.close()

    def sync(self):
        """Writes the cached values back (writeback mode) and syncs the database."""
        if self.writeback and self.cache:
            cached, self.cache = self.cache, {}
            self.writeback = False  # so the writes below do not fill the cache again
            for key, value in cached.items():
                self[key] = value
            self.writeback = True
        sync = getattr(self.dict, 'sync', None)
        if sync is not None:
            sync()


class BsdDbShelf(Shelf):
    """A shelf over a database with set_location, next, previous, first and last."""

    def _pair(self, pair):
        key, value = pair
        return (key.decode(self.keyencoding), Unpickler(BytesIO(value)).load())

    def set_location(self, key):
        return self._pair(self.dict.set_location(key))

    def next(self):
        return self._pair(next(self.dict))

    def previous(self):
        return self._pair(self.dict.previous())

    def first(self):
        return self._pair(self.dict.first())

    def last(self):
        return self._pair(self.dict.last())


class DbfilenameShelf(Shelf):
    """A shelf over the dbm database named filename (dbm.open with flag)."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import dbm
        super().__init__(dbm.open(filename, flag), protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """Opens a shelf on the dbm database filename; flag as for dbm.open ('c': create if
    missing), protocol the pickle protocol (3 by default)."""
    return DbfilenameShelf(filename, flag, protocol, writeback)
