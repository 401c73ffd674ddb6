"""Thread-local data (threading.local): each thread sees its own attributes.

Each instance keeps one attribute dict per thread; every attribute access first puts the
running thread's dict in place as the instance's __dict__ (a thread switch cannot happen
in between: the access runs inside a call from native code).
"""

from _thread import get_ident as _get_ident

__all__ = ["local"]


def _patch(self):
    impl, args, kw = object.__getattribute__(self, '_local__impl')
    ident = _get_ident()
    d = impl.get(ident)
    if d is None:
        d = {}
        impl[ident] = d
        object.__setattr__(self, '__dict__', d)
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *args, **kw)
    else:
        object.__setattr__(self, '__dict__', d)


class _local:
    # As CPython's, whose threading.local is the C type _thread._local (see the end).
    __module__ = '_thread'
    __slots__ = ('_local__impl', '__dict__')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        d = {}
        object.__setattr__(self, '_local__impl', ({_get_ident(): d}, args, kw))
        object.__setattr__(self, '__dict__', d)
        return self

    def __getattribute__(self, name):
        _patch(self)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % self.__class__.__name__)
        _patch(self)
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % self.__class__.__name__)
        _patch(self)
        return object.__delattr__(self, name)


# As CPython's C type _thread._local: its name in messages, and no frames of its methods
# in tracebacks.
from _c_type_names import as_c_type as _as_c_type
_as_c_type(_local)
del _as_c_type
local = _local
