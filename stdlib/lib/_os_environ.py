"""os.environ for tpy's native os: a mapping of str to str whose changes reach the
environment children see (through os.putenv and os.unsetenv), as CPython's os._Environ.

It does not import collections.abc (that would make every `import os` pay for it):
collections.abc registers _Environ as a MutableMapping, and the views come from there
when keys(), items() or values() is first called.
"""


def _checked(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ:
    """The program's environment: a dict of its own, with every change also sent to the process."""

    def __init__(self, data, putenv, unsetenv):
        self._data = data
        self._putenv = putenv
        self._unsetenv = unsetenv

    def __getitem__(self, key):
        try:
            return self._data[_checked(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _checked(key)
        _checked(value)
        self._putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _checked(key)
        self._unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        # A snapshot of the keys, so the loop body may change the environment.
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __repr__(self):
        items = ', '.join('%r: %r' % item for item in self._data.items())
        return 'environ({%s})' % items

    def __eq__(self, other):
        if isinstance(other, (dict, _Environ)):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        from collections.abc import KeysView
        return KeysView(self)

    def items(self):
        from collections.abc import ItemsView
        return ItemsView(self)

    def values(self):
        from collections.abc import ValuesView
        return ValuesView(self)

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _missing = object()

    def pop(self, key, default=_missing):
        try:
            value = self[key]
        except KeyError:
            if default is self._missing:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        for key in self:
            del self[key]

    def update(self, other=(), /, **kwds):
        if isinstance(other, (dict, _Environ)) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


_Environ.__module__ = 'os'
