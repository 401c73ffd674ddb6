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
    """Whether obj is a coroutine object."""
    return type(obj).__name__ == 'coroutine' and type(obj).__module__ == 'builtins'
