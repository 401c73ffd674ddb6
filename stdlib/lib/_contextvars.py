"""_contextvars: context variables (PEP 567), the implementation behind `contextvars`.

Each thread has a current Context (created empty when first needed, so a new thread starts
with an empty one, as in CPython), and so has each greenlet other than a thread's main one
(greenlet's gr_context reads and writes this table). A Context maps ContextVars to values; ContextVar.set()
changes the current Context, Context.run() makes a Context current for one call, and
copy_context() snapshots the current one. Snapshots are cheap: Contexts share their
mapping until one of them is written to (copy on write), much as CPython's share an
immutable HAMT.
"""

# The key of the running thread's (or greenlet's) current Context: the thread ident, or the greenlet.
from _thread import _context_owner as get_ident

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

# The current Context of each thread, by thread ident, and of each greenlet that is not a
# thread's main one, by the greenlet (one that never used a Context has none).
_current_contexts = {}


def _current():
    ident = get_ident()
    ctx = _current_contexts.get(ident)
    if ctx is None:
        ctx = _current_contexts[ident] = Context()
    return ctx


def _final_class(cls):
    # C types without Py_TPFLAGS_BASETYPE refuse subclasses this way.
    def __init_subclass__(subclass, **kwargs):
        raise TypeError(f"type '_contextvars.{cls.__name__}' is not an acceptable base type")
    cls.__init_subclass__ = classmethod(__init_subclass__)
    return cls


@_final_class
class Context:
    """A mapping from ContextVars to their values; run() executes code in it."""

    __slots__ = ('_data', '_shared', '_entered', '_outer')
    __hash__ = None

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._data = {}
        self._shared = False  # another Context may hold _data: copy it before a write
        self._entered = False
        self._outer = None

    def _write(self):
        if self._shared:
            self._data = dict(self._data)
            self._shared = False
        return self._data

    def run(*args, **kwargs):
        """callable(*args, **kwargs) with this Context current; the previous one is restored after."""
        if len(args) < 2:
            raise TypeError('run() missing 1 required positional argument')
        self, callable, args = args[0], args[1], args[2:]
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        ident = get_ident()
        outer = _current_contexts.get(ident)
        self._entered = True
        _current_contexts[ident] = self
        try:
            return callable(*args, **kwargs)
        finally:
            if outer is None:
                # The thread had no Context: the next one it needs starts empty, as this one did.
                del _current_contexts[ident]
            else:
                _current_contexts[ident] = outer
            self._entered = False

    def copy(self):
        return _snapshot(self)

    def _check_key(self, key):
        if type(key) is not ContextVar:
            raise TypeError(f'a ContextVar key was expected, got {key!r}')

    def __getitem__(self, var):
        self._check_key(var)
        return self._data[var]

    def __contains__(self, var):
        self._check_key(var)
        return var in self._data

    def get(self, *args):
        if not 1 <= len(args) <= 2:
            how = 'at least' if not args else 'at most'
            raise TypeError(f'get expected {how} {1 if not args else 2} argument{"" if not args else "s"}, got {len(args)}')
        var = args[0]
        self._check_key(var)
        return self._data.get(var, args[1] if len(args) == 2 else None)

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data


def _snapshot(ctx):
    new = Context()
    new._data = ctx._data
    new._shared = ctx._shared = True
    return new


def copy_context(*args):
    """A copy of the current thread's current Context."""
    if args:
        raise TypeError(f'_contextvars.copy_context() takes no arguments ({len(args)} given)')
    return _snapshot(_current())


class _Missing:
    """Token.MISSING: the old value of a variable that had none."""
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_Missing.__name__ = 'MISSING'
_Missing.__qualname__ = 'Token.MISSING'
_Missing.__module__ = 'builtins'
_MISSING = _Missing()

_NO_DEFAULT = object()


@_final_class
class ContextVar:
    """A variable whose value depends on the current Context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, *args, **kwargs):
        for key in kwargs:
            if key not in ('default', 'name'):
                raise TypeError(f"'{key}' is an invalid keyword argument for ContextVar()")
        if len(args) != 1:
            if len(args) > 1:
                raise TypeError(f'ContextVar() takes at most 1 positional argument ({len(args)} given)')
            raise TypeError('ContextVar() takes exactly 1 positional argument (0 given)')
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', kwargs.get('default', _NO_DEFAULT))

    @property
    def name(self):
        return self._name

    def __setattr__(self, attr, value):
        if attr == 'name':
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'_contextvars.ContextVar' object has no attribute '{attr}'")

    def get(self, *args):
        """The variable's value in the current Context, else the default given here, else its own default."""
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        ctx = _current_contexts.get(get_ident())
        if ctx is not None:
            value = ctx._data.get(self, _NO_DEFAULT)
            if value is not _NO_DEFAULT:
                return value
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        """Sets the variable in the current Context; returns a Token for reset()."""
        if len(args) != 1:
            raise TypeError(f'ContextVar.set() takes exactly one argument ({len(args)} given)')
        ctx = _current()
        data = ctx._write()
        token = Token._make(ctx, self, data.get(self, _MISSING))
        data[self] = args[0]
        return token

    def reset(self, *args):
        """Gives the variable back the value it had before the set() that returned the token."""
        if len(args) != 1:
            raise TypeError(f'ContextVar.reset() takes exactly one argument ({len(args)} given)')
        token = args[0]
        if type(token) is not Token:
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        data = ctx._write()
        if token._old_value is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value
        object.__setattr__(token, '_used', True)

    def __repr__(self):
        default = '' if self._default is _NO_DEFAULT else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


@_final_class
class Token:
    """What ContextVar.set() returns: the variable and its previous value, for reset()."""

    __slots__ = ('_ctx', '_var', '_old_value', '_used')

    MISSING = _MISSING

    def __init__(self, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @classmethod
    def _make(cls, ctx, var, old_value):
        token = object.__new__(cls)
        object.__setattr__(token, '_ctx', ctx)
        object.__setattr__(token, '_var', var)
        object.__setattr__(token, '_old_value', old_value)
        object.__setattr__(token, '_used', False)
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __setattr__(self, attr, value):
        if attr in ('var', 'old_value'):
            raise AttributeError(f"attribute '{attr}' of '_contextvars.Token' objects is not writable")
        raise AttributeError(f"'_contextvars.Token' object has no attribute '{attr}'")

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


# CPython's contextvars are C code: a traceback through Context.run() (every asyncio callback
# runs in one) or from ContextVar.get() shows no frame of theirs.
# Their messages name them as the C types ('_contextvars.Context' object has no attribute ...).
from _c_type_names import as_c_type as _as_c_type
for _cls in (Context, ContextVar, Token):
    _as_c_type(_cls)
del _cls, _as_c_type
