"""The assert_* methods of mocks, with CPython's failure messages."""

from ._mock_calls import _Call, _CallList


def _call_error(expected):
    """The exception a signature-bound expected call turned into, or None."""
    return expected if isinstance(expected, Exception) else None


class _MatchingAny(list):
    """A list in which `in` compares with the expected call on the left, so that ANY and other
    matchers inside the expected call decide equality."""

    def __contains__(self, item):
        for recorded in self:
            if len(item) == len(recorded) and all(
                    expected == actual for expected, actual in zip(item, recorded)):
                return True
        return False


class _AssertionsMixin:

    def _display_name(self):
        return self._mock_name or 'mock'

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return f'\n{prefix}: {self.mock_calls!r}.'

    def _failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._display_name(), self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._display_name())

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._display_name(), self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % expected)
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            raise AssertionError(self._failure_message(args, kwargs)) from _call_error(expected)

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._display_name(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls holds `calls`: consecutively and in order, or in any order."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        recorded = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in recorded:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = 'Error processing expected calls.\nErrors: {}'.format(
                        [e if isinstance(e, Exception) else None for e in expected])
                actual = self._calls_repr(prefix='  Actual').rstrip('.')
                raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}{actual}') from cause
            return
        remaining = list(recorded)
        missing = []
        for wanted in expected:
            try:
                remaining.remove(wanted)
            except ValueError:
                missing.append(wanted)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._display_name(), tuple(missing), remaining)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call (not only the last) had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = _call_error(expected)
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _MatchingAny(actual):
            raise AssertionError('%s call not found' % self._format_mock_call_signature(args, kwargs)) \
                from cause
