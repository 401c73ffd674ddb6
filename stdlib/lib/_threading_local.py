"""Thread-local data (threading.local): each thread sees its own attributes.

An instance holds one attribute dict per thread. Before every attribute access the calling
thread's dict is swapped in as the instance's __dict__; no thread switch can come between
the swap and the access, because the access runs inside a call made from native code.
"""

from _thread import get_ident as _thread_id

__all__ = ["local"]

_NO_INIT_ARGS = "Initialization arguments are not supported"


class _Dicts:
    """Per-instance bookkeeping: each thread's attribute dict by thread id, and the
    constructor arguments that __init__ is re-run with when a new thread first looks."""
    __slots__ = ('by_thread', 'args', 'kwargs')

    def __init__(self, args, kwargs):
        self.by_thread = {}
        self.args = args
        self.kwargs = kwargs


_raw_get = object.__getattribute__
_raw_set = object.__setattr__


def _switch_to_caller(obj):
    dicts = _raw_get(obj, '_tpy_local_dicts')
    tid = _thread_id()
    mine = dicts.by_thread.get(tid)
    if mine is not None:
        _raw_set(obj, '__dict__', mine)
        return
    mine = dicts.by_thread[tid] = {}
    _raw_set(obj, '__dict__', mine)
    # A thread's first touch starts it off as if the instance had just been made there.
    init = type(obj).__init__
    if init is not object.__init__:
        init(obj, *dicts.args, **dicts.kwargs)


def _dict_is_read_only(obj):
    kind = type(obj)
    # The base type is a C type in CPython; its messages use the dotted name.
    shown = '_thread._local' if kind is _local else kind.__name__
    return AttributeError("'%s' object attribute '__dict__' is read-only" % shown)


class _local:
    __module__ = '_thread'
    __slots__ = ('_tpy_local_dicts', '__dict__')

    def __new__(cls, /, *args, **kw):
        if args or kw:
            # Without an __init__ to take them, arguments could never be used.
            if cls.__init__ is object.__init__:
                raise TypeError(_NO_INIT_ARGS)
        obj = object.__new__(cls)
        dicts = _Dicts(args, kw)
        _raw_set(obj, '_tpy_local_dicts', dicts)
        first = dicts.by_thread[_thread_id()] = {}
        _raw_set(obj, '__dict__', first)
        return obj

    def __getattribute__(self, name):
        _switch_to_caller(self)
        return _raw_get(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise _dict_is_read_only(self)
        _switch_to_caller(self)
        _raw_set(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise _dict_is_read_only(self)
        _switch_to_caller(self)
        object.__delattr__(self, name)

    def __dir__(self):
        # As CPython's C type lists them: none of this class's slots (the bookkeeping one is
        # tpy's own), but '__dict__' / '__slots__' as a Python subclass adds them.
        names = set(object.__dir__(self))
        names -= {'_tpy_local_dicts', '__slots__', '__dict__', '__weakref__'}
        for kind in type(self).__mro__:
            if kind is _local:
                break
            names.add('__slots__' if '__slots__' in vars(kind) else '__dict__')
        return list(names)


from _c_type_names import as_c_type as _as_c_type
_as_c_type(_local, ('__module__',))
del _as_c_type
local = _local
