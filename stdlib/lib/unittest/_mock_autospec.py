"""create_autospec: mocks that have only the attributes of the object they stand for and check
the arguments of every call against its signatures."""

import inspect

from ._mock_calls import DEFAULT, _CallList
from ._mock_core import NonCallableMock, _SpecState, _is_instance_mock, _signature_of
from ._mock_magic import AsyncMock, MagicMock, NonCallableMagicMock
from . import _mock_magic_names as _names


class InvalidSpecError(Exception):
    """Raised when a mock is given a spec it cannot use."""


def _function_types():
    def plain():
        pass

    class Holder:
        def method(self):
            pass
    return (type(plain), type(Holder().method))


_FUNCTION_TYPES = _function_types()

# Keywords that look like a misspelt autospec argument.
_typo_keywords = ('autospect', 'auto_spec', 'set_spec')


def _check_typos(kwargs):
    for keyword in _typo_keywords:
        if keyword in kwargs:
            raise RuntimeError(f'{keyword!r} might be a typo; use unsafe=True if this is intended')


def _instance_callable(cls):
    """Whether instances of the class `cls` can be called."""
    if not isinstance(cls, type):
        return getattr(cls, '__call__', None) is not None
    return any(klass.__dict__.get('__call__') is not None for klass in cls.__mro__)


def _skips_self(spec, entry, is_type):
    """Whether the method `entry` of `spec`, reached as the mock's attribute, takes self first."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False
        spec = spec.__class__
    for klass in spec.__mro__:
        found = klass.__dict__.get(entry, DEFAULT)
        if found is DEFAULT:
            continue
        if isinstance(found, (staticmethod, classmethod)):
            return False
        if isinstance(found, _FUNCTION_TYPES):
            return is_type
        return False
    return is_type


def _check_sig(spec, mock, skipfirst, instance=False):
    """Make calls to `mock` raise TypeError when they do not fit `spec`'s signature."""
    signature = _signature_of(spec, instance, skipfirst)
    if signature is None:
        return

    def checksig(self, /, *args, **kwargs):
        signature.bind(*args, **kwargs)
    type(mock)._mock_check_sig = checksig
    type(mock).__signature__ = signature


def _autospec_function(mock, original):
    """A function with `original`'s name and signature that checks its arguments and calls `mock`;
    the mock records and configures through it (it is the mock's delegate)."""
    signature = _signature_of(original, False, False)
    if signature is None:
        return mock
    name = original.__name__
    if not name.isidentifier():
        name = 'funcopy'

    def funcopy(*args, **kwargs):
        signature.bind(*args, **kwargs)
        return mock(*args, **kwargs)
    funcopy.__name__ = name
    funcopy.__qualname__ = name
    funcopy.__doc__ = original.__doc__
    funcopy.__module__ = getattr(original, '__module__', None)
    funcopy.__signature__ = signature
    funcopy.mock = mock
    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        result = funcopy.return_value
        if _is_instance_mock(result) and result is not mock:
            result.reset_mock()
    funcopy.reset_mock = reset_mock
    for assertion in ('assert_called_with', 'assert_called_once_with', 'assert_has_calls',
                      'assert_any_call', 'assert_not_called', 'assert_called',
                      'assert_called_once'):
        setattr(funcopy, assertion, getattr(mock, assertion))
    mock._mock_delegate = funcopy
    return funcopy


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock shaped like `spec`: only its attributes exist, and calls to it, its methods and the
    instances it returns (for a class) must fit their signatures."""
    if isinstance(spec, list):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    is_async = inspect.iscoroutinefunction(spec)
    options = {'spec': spec}
    if spec_set:
        options = {'spec_set': spec}
    elif spec is None:
        options = {}
    if options and instance:
        options['_spec_as_instance'] = True
    if not unsafe:
        _check_typos(kwargs)
    options.update(kwargs)

    klass = MagicMock
    if inspect.isdatadescriptor(spec):
        options = {}
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock
    elif not callable(spec):
        klass = NonCallableMagicMock
    _name = options.pop('name', _name)
    new_name = _name if _parent is not None else ''
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=new_name, name=_name, **options)

    if isinstance(spec, _FUNCTION_TYPES):
        mock = _autospec_function(mock, spec)
    else:
        _check_sig(spec, mock, is_type, instance)
    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()',
                                            _parent=mock)

    for entry in dir(spec):
        if _names.is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        if not isinstance(original, _FUNCTION_TYPES):
            mock._mock_children[entry] = _SpecState(original, spec_set, mock, entry, instance)
            continue
        parent = mock.mock if isinstance(spec, _FUNCTION_TYPES) else mock
        skipfirst = _skips_self(spec, entry, is_type)
        child_options = {'spec_set' if spec_set else 'spec': original, '_eat_self': skipfirst}
        child_klass = AsyncMock if inspect.iscoroutinefunction(original) else MagicMock
        child = child_klass(parent=parent, name=entry, _new_name=entry, _new_parent=parent,
                            **child_options)
        mock._mock_children[entry] = child
        child.return_value = child_klass()
        _check_sig(original, child, skipfirst=skipfirst)
    return mock
