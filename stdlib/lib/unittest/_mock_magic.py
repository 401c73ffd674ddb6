"""MagicMock (a Mock with the magic methods configured), NonCallableMagicMock and AsyncMock."""

import inspect
from types import CodeType

from ._mock_calls import DEFAULT, _Call, _CallList
from ._mock_core import CallableMixin, NonCallableMock, Mock, _is_exception
from . import _mock_magic_names as _names


def _eq_side_effect(mock):
    def __eq__(other):
        configured = mock.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        if mock is other:
            return True
        return NotImplemented
    return __eq__


def _ne_side_effect(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if mock is other:
            return False
        return NotImplemented
    return __ne__


def _iter_side_effect(mock):
    def __iter__():
        configured = mock.__iter__._mock_return_value
        if configured is DEFAULT:
            return iter([])
        return iter(configured)
    return __iter__


def _aiter_side_effect(mock):
    def __aiter__():
        configured = mock.__aiter__._mock_return_value
        if configured is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(configured))
    return __aiter__


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


_computed_results = {
    '__hash__': lambda mock: object.__hash__(mock),
    '__str__': lambda mock: object.__str__(mock),
    '__sizeof__': lambda mock: object.__sizeof__(mock),
    '__fspath__': lambda mock: f'{type(mock).__name__}/{mock._extract_mock_name()}/{id(mock)}',
}

_side_effects = {
    '__eq__': _eq_side_effect,
    '__ne__': _ne_side_effect,
    '__iter__': _iter_side_effect,
    '__aiter__': _aiter_side_effect,
}


def _configure_magic(mock, method, name):
    """Give a freshly made magic method its default result."""
    fixed = _names.fixed_results.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    compute = _computed_results.get(name)
    if compute is not None:
        method.return_value = compute(mock)
        return
    effect = _side_effects.get(name)
    if effect is not None:
        method.side_effect = effect(mock)


class MagicProxy:
    """Stands on a MagicMock's class for a magic method not used yet: the first lookup makes the
    child mock and puts it in the proxy's place."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        parent = self.parent
        method = parent._get_child_mock(name=self.name, _new_name=self.name, _new_parent=parent)
        setattr(parent, self.name, method)
        _configure_magic(parent, method, self.name)
        return method

    def __get__(self, obj, _type=None):
        return self.create_mock()


class MagicMixin:

    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        wanted = _names.magics | _names.async_magics
        own = type(self)
        methods = self.__dict__.get('_mock_methods')
        if methods is not None:
            allowed = wanted.intersection(methods)
            for name in wanted - allowed:
                if name in own.__dict__:
                    delattr(self, name)
            wanted = allowed
        for name in wanted - set(own.__dict__):
            setattr(own, name, MagicProxy(name, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""

    def _child_class(self, new_name):
        if new_name in _names.async_magics or new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock
        return MagicMock


class MagicMock(MagicMixin, Mock):
    """A Mock whose magic methods are configured: len() is 0, iter() is empty, `with` works,
    int() is 1, comparisons are NotImplemented, and each can be set like any child."""

    def _child_class(self, new_name):
        if new_name in _names.async_magics or new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock
        own = type(self)
        return own.__mro__[1]


class AsyncMockMixin:
    """Calls return a coroutine; awaiting it records the await and gives the result."""

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__['await_count'] = 0
        self.__dict__['await_args'] = None
        self.__dict__['await_args_list'] = _CallList()
        # What inspect.iscoroutinefunction and asyncio look at: the mock passes for an async def.
        code = NonCallableMock(spec_set=CodeType)
        code.co_flags = inspect.CO_COROUTINE
        code.co_argcount = 0
        code.co_varnames = ()
        code.co_posonlyargcount = 0
        code.co_kwonlyargcount = 0
        self.__dict__['__code__'] = code
        self.__dict__['__name__'] = 'AsyncMock'
        self.__dict__['__defaults__'] = tuple()
        self.__dict__['__kwdefaults__'] = {}
        self.__dict__['__annotations__'] = None

    def _execute_mock_call(self, /, *args, **kwargs):
        return self._awaited(args, kwargs)

    async def _awaited(self, args, kwargs):
        this_call = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = this_call
        self.await_args_list.append(this_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif inspect.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if inspect.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()

    def assert_awaited(self):
        """Fail unless the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._display_name()} to have been awaited.")

    def assert_awaited_once(self):
        """Fail unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError(f"Expected {self._display_name()} to have been awaited once. "
                                 f"Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fail unless the last await had these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._failure_message(args, kwargs, action='await')) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was awaited exactly once, with these arguments."""
        if self.await_count != 1:
            raise AssertionError(f"Expected {self._display_name()} to have been awaited once. "
                                 f"Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fail unless some await had these arguments."""
        from ._mock_asserts import _MatchingAny
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause or expected not in _MatchingAny(actual):
            raise AssertionError('%s await not found' % self._format_mock_call_signature(args, kwargs)) \
                from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless await_args_list holds `calls`: consecutively and in order, or in any order."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        recorded = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in recorded:
                if cause is None:
                    problem = 'Awaits not found.'
                else:
                    problem = 'Error processing expected awaits.\nErrors: {}'.format(
                        [e if isinstance(e, Exception) else None for e in expected])
                raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}\n'
                                     f'Actual: {self.await_args_list}') from cause
            return
        remaining = list(recorded)
        missing = []
        for wanted in expected:
            try:
                remaining.remove(wanted)
            except ValueError:
                missing.append(wanted)
        if missing:
            raise AssertionError('%r not all found in await list' % (tuple(missing),)) from cause

    def assert_not_awaited(self):
        """Fail if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError(f"Expected {self._display_name()} to not have been awaited. "
                                 f"Awaited {self.await_count} times.")


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls return awaitables (for async functions and methods)."""

    def _child_class(self, new_name):
        if new_name in _names.all_magics - _names.async_magics or (
                self._mock_methods and new_name in self._mock_methods
                and new_name not in self.__dict__['_spec_asyncs']):
            return MagicMock
        return AsyncMock
