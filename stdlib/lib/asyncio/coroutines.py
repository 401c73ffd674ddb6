"""iscoroutine and iscoroutinefunction."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x0080


def iscoroutinefunction(func):
    """Whether func is an `async def` function (or marked by _is_coroutine)."""
    code = getattr(func, '__code__', None)
    if code is None:
        f = getattr(func, '__func__', None)
        code = getattr(f, '__code__', None)
    return bool(code is not None and code.co_flags & _CO_COROUTINE) or getattr(func, '_is_coroutine', None) is _is_coroutine


_is_coroutine = object()


def iscoroutine(obj):
    """Whether obj is a coroutine: a coroutine object, a collections.abc.Coroutine, or (3.11
    still counts them) a plain generator."""
    kind = type(obj)
    if kind.__module__ == 'builtins' and kind.__name__ in ('coroutine', 'generator'):
        return True
    import collections.abc
    return isinstance(obj, collections.abc.Coroutine)
