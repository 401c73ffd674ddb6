"""unittest.mock's NonCallableMock and Mock: children made on first access, calls recorded up the
chain of parents, return_value and side_effect, specs.

Every mock gets a class of its own (a subclass made in __new__), so that a magic method set on one
mock (m.__len__ = ...) lives on its type, where Python looks for it, without touching other mocks.
"""

import inspect
from functools import partial

from ._mock_calls import DEFAULT, _Call, _CallList, _call_text, sentinel
from ._mock_asserts import _AssertionsMixin
from . import _mock_magic_names as _names

_deleted = sentinel.DELETED
_missing = sentinel.MISSING

# Attribute names that go straight to the instance (or its properties) in __setattr__.
_plain_names = frozenset({'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
                          '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name'})

# Names that look like a misspelt assertion: reading them from a mock without a spec is an error,
# so that `m.assert_caled_once()` fails instead of passing silently.
_assert_prefixes = ('assert', 'assret', 'asert', 'aseert', 'assrt')


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _as_side_effect(value):
    """Iterables become iterators, so each call takes the next item; callables and exceptions stay."""
    if value is None or _is_exception(value) or callable(value):
        return value
    try:
        return iter(value)
    except TypeError:
        return value


def _adopt(parent, value, name, new_name):
    """Make a free-standing mock assigned to `parent` its child, so its calls show in the parent's
    mock_calls (and method_calls when `name` is given). Named or already-parented mocks stay as
    they are, and so does an ancestor of `parent`."""
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    node = parent
    while node is not None:
        if node is value:
            return False
        node = node._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


def _signature_of(spec, as_instance, eat_self):
    """The signature calls to a mock specced on `spec` must fit, or None."""
    if isinstance(spec, type) and not as_instance:
        try:
            spec = spec.__init__
        except AttributeError:
            return None
        eat_self = True
    elif not isinstance(spec, (type(_is_exception), classmethod, staticmethod)) and not inspect.ismethod(spec):
        try:
            spec = spec.__call__
        except AttributeError:
            return None
    target = partial(spec, None) if eat_self else spec
    try:
        return inspect.signature(target)
    except (ValueError, TypeError):
        return None


class _SpecState:
    """What create_autospec needs to make a child on first access."""

    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


class NonCallableMock(_AssertionsMixin):
    """A mock that cannot be called."""

    def __new__(cls, *args, **kw):
        own = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        instance = object.__new__(own)
        return instance

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        state = self.__dict__
        state['_mock_parent'] = parent
        state['_mock_name'] = name
        state['_mock_new_name'] = _new_name
        state['_mock_new_parent'] = _new_parent
        state['_mock_sealed'] = False
        state['_mock_delegate'] = None
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        state['_mock_children'] = {}
        state['_mock_wraps'] = wraps
        state['_mock_called'] = False
        state['_mock_call_args'] = None
        state['_mock_call_count'] = 0
        state['_mock_call_args_list'] = _CallList()
        state['_mock_mock_calls'] = _CallList()
        state['method_calls'] = _CallList()
        state['_mock_unsafe'] = unsafe
        state.setdefault('_mock_return_value', DEFAULT)
        state.setdefault('_mock_side_effect', None)
        if kwargs:
            self.configure_mock(**kwargs)
        super().__init__()

    # -- the recorded state ---------------------------------------------------------------------

    # An autospecced function is a real function wrapping a mock; the mock then keeps its record
    # and its configuration on that function (the delegate), where the test reads and sets them.

    def _recorded(name):
        key = '_mock_' + name

        def get(self):
            delegate = self.__dict__['_mock_delegate']
            if delegate is None:
                return self.__dict__[key]
            return getattr(delegate, name)

        def put(self, value):
            delegate = self.__dict__['_mock_delegate']
            if delegate is None:
                self.__dict__[key] = value
            else:
                setattr(delegate, name, value)
        return property(get, put)

    called = _recorded('called')
    call_count = _recorded('call_count')
    call_args = _recorded('call_args')
    call_args_list = _recorded('call_args_list')
    mock_calls = _recorded('mock_calls')
    del _recorded

    def _get_return_value(self):
        value = self.__dict__['_mock_return_value']
        delegate = self.__dict__['_mock_delegate']
        if delegate is not None:
            value = delegate.return_value
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def _set_return_value(self, value):
        delegate = self.__dict__['_mock_delegate']
        if delegate is not None:
            delegate.return_value = value
            return
        self.__dict__['_mock_return_value'] = value
        _adopt(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value,
                            doc='The value returned when the mock is called.')

    def _get_side_effect(self):
        delegate = self.__dict__['_mock_delegate']
        if delegate is None:
            return self.__dict__['_mock_side_effect']
        effect = delegate.side_effect
        if effect is not None and not callable(effect) and not _is_exception(effect) \
                and not hasattr(effect, '__next__'):
            effect = _as_side_effect(effect)
            delegate.side_effect = effect
        return effect

    def _set_side_effect(self, value):
        value = _as_side_effect(value)
        delegate = self.__dict__['_mock_delegate']
        if delegate is None:
            self.__dict__['_mock_side_effect'] = value
        else:
            delegate.side_effect = value

    side_effect = property(_get_side_effect, _set_side_effect)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    # -- specs ----------------------------------------------------------------------------------

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        spec_class = None
        signature = None
        asyncs = []
        if spec is not None and not isinstance(spec, list):
            spec_class = spec if isinstance(spec, type) else type(spec)
            signature = _signature_of(spec, _spec_as_instance, _eat_self)
            for attr in dir(spec):
                if inspect.iscoroutinefunction(getattr(spec, attr, None)):
                    asyncs.append(attr)
            spec = dir(spec)
        state = self.__dict__
        state['_spec_class'] = spec_class
        state['_spec_set'] = spec_set
        state['_spec_signature'] = signature
        state['_mock_methods'] = spec
        state['_spec_asyncs'] = asyncs

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of `spec` (a list of names or an object)."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()

    def _mock_set_magics(self):
        pass

    # -- configuring ----------------------------------------------------------------------------

    def attach_mock(self, mock, attribute):
        """Make `mock` the attribute `attribute`, its calls recorded in this mock's."""
        inner = getattr(mock, 'mock', mock) if not _is_instance_mock(mock) else mock
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        """Set attributes from keywords; dotted names reach into children (a.b.return_value=1)."""
        for dotted, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            path = dotted.split('.')
            last = path.pop()
            target = self
            for step in path:
                target = getattr(target, step)
            setattr(target, last, value)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget the calls made, here and in every child (and, if asked, the configured results)."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self.__dict__['_mock_return_value'] = DEFAULT
        if side_effect:
            self.__dict__['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        result = self.__dict__['_mock_return_value']
        if _is_instance_mock(result) and result is not self:
            result.reset_mock(visited)

    # -- attributes -----------------------------------------------------------------------------

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_check_sig'):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _names.all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _names.is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(_assert_prefixes):
                raise AttributeError(
                    f'{name!r} is not a valid assertion. Use a spec for the mock if {name!r} is '
                    f'meant to be an attribute.')
        children = self._mock_children
        child = children.get(name)
        if child is _deleted:
            raise AttributeError(name)
        if child is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            child = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                         _new_parent=self)
            children[name] = child
        elif isinstance(child, _SpecState):
            from ._mock_autospec import create_autospec
            child = create_autospec(child.spec, child.spec_set, child.instance, child.parent,
                                    child.name)
            children[name] = child
        return child

    def __setattr__(self, name, value):
        if name in _plain_names:
            return object.__setattr__(self, name, value)
        if (self._spec_set and self._mock_methods is not None and name not in self._mock_methods
                and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _names.unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _names.all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _names.as_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _adopt(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == '_mock_methods':
            self.__dict__['_spec_class'] = None
        elif _adopt(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _names.all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        child = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif child is _deleted:
            raise AttributeError(name)
        self._mock_children[name] = _deleted

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = [n for n in dir(type(self)) if not n.startswith('_')]
        from_dict = [n for n in self.__dict__ if not n.startswith('_') or _names.is_magic(n)]
        from_children = [n for n, child in self._mock_children.items() if child is not _deleted]
        return sorted(set(list(extras) + from_type + from_dict + from_children))

    # -- names and reprs ------------------------------------------------------------------------

    def _extract_mock_name(self):
        """The dotted path by which the mock was reached: 'm.a.b()', 'mock().x'."""
        pieces = []
        node = self
        root = self
        while node is not None:
            pieces.append(node._mock_new_name or '')
            root = node
            node = node._mock_new_parent
        pieces.pop()
        text = root._mock_name or 'mock'
        for piece in reversed(pieces):
            if not piece.startswith('()'):
                text += '.'
            text += piece
        return text

    def __repr__(self):
        name = self._extract_mock_name()
        shown = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec = ''
        if self._spec_class is not None:
            spec = (' spec_set=%r' if self._spec_set else ' spec=%r') % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, shown, spec, id(self))

    def _format_mock_call_signature(self, args, kwargs):
        return _call_text(self._mock_name or 'mock', args, kwargs)

    # -- children -------------------------------------------------------------------------------

    def _get_child_mock(self, **kw):
        """A new child; its class depends on this mock's (overridable, as in CPython)."""
        if self._mock_sealed:
            attribute = '.' + kw['name'] if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        return self._child_class(kw.get('_new_name'))(**kw)

    def _child_class(self, new_name):
        own = type(self)
        if not issubclass(own, CallableMixin):
            return Mock
        return own.__mro__[1]

    # -- matching calls against the spec's signature ---------------------------------------------

    def _signature_for(self, name):
        """The spec signature of the child a call name ('a.b', 'a().b') leads to."""
        if not name:
            return self._spec_signature
        node = self
        for part in name.replace('()', '').split('.'):
            if not part:
                continue
            child = node._mock_children.get(part)
            if child is None or isinstance(child, _SpecState) or child is _deleted:
                return None
            if not _is_instance_mock(child):
                child = getattr(child, 'mock', None)
                if child is None:
                    return None
            node = child
        return node._spec_signature

    def _call_matcher(self, recorded):
        """The call with its arguments bound to the spec's signature, so that f(1, b=2) and f(1, 2)
        compare equal; the TypeError when it does not fit."""
        if isinstance(recorded, tuple) and len(recorded) > 2:
            signature = self._signature_for(recorded[0])
        else:
            signature = self._spec_signature
        if signature is None:
            return recorded
        if len(recorded) == 2:
            name = ''
            args, kwargs = recorded
        else:
            name, args, kwargs = recorded
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError as error:
            return error.with_traceback(None)
        return _Call((name, bound.args, bound.kwargs))


class CallableMixin(object):
    """Calling a mock: record the call everywhere it shows, then produce the result."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name, _new_parent,
                         **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _mock_call(self, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        self.mock_calls.append(_Call(('', args, kwargs)))

        # Up the chain: each ancestor records the call under the path from it to this mock.
        # method_calls follows attribute links only; mock_calls follows return values too.
        as_method = self._mock_parent is not None
        method_name = self._mock_name
        path = self._mock_new_name
        path_is_call = path == '()'
        ancestor = self._mock_new_parent
        while ancestor is not None:
            if as_method:
                ancestor.method_calls.append(_Call((method_name, args, kwargs)))
                as_method = ancestor._mock_parent is not None
                if as_method:
                    method_name = ancestor._mock_name + '.' + method_name
            ancestor.mock_calls.append(_Call((path, args, kwargs)))
            if ancestor._mock_new_name:
                joiner = '' if path_is_call else '.'
                path_is_call = ancestor._mock_new_name == '()'
                path = ancestor._mock_new_name + joiner + path
            ancestor = ancestor._mock_new_parent

    def _execute_mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: any attribute is a child Mock, any call is recorded and returns
    return_value (or what side_effect gives)."""
