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


class local:
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


# As CPython's, whose threading.local is the native _thread._local (a native type's name,
# which error messages show, includes its module).
local.__module__ = '_thread'
local.__qualname__ = '_local'
local.__name__ = '_thread._local'
