"""unittest.mock's call records: `call`, the call lists, and the markers DEFAULT, ANY and sentinel.

A recorded call is a tuple: (args, kwargs) for call_args, (name, args, kwargs) for mock_calls and
method_calls. `call` builds the same tuples by attribute access and calling, so records compare
equal to what a test writes. Chained syntax (call.a(1).b(2)) keeps a link to the record it grew
from, which call_list() walks back.
"""

import pprint


class _SentinelObject:
    """One named token; pickles and copies by name, so it stays the same object."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.' + self.name

    def __reduce__(self):
        return 'sentinel.' + self.name


class _Sentinel:
    """Unique named objects: sentinel.foo is sentinel.foo, and reprs as sentinel.foo."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        # copy and pickle probe '__bases__'; it must not become a token.
        if name == '__bases__':
            raise AttributeError
        try:
            return self._made[name]
        except KeyError:
            token = self._made[name] = _SentinelObject(name)
            return token

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT


class _AnyMatcher:
    """Equal to everything: a wildcard inside expected calls."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _AnyMatcher()


def _call_text(name, args, kwargs):
    """'name(1, k=2)': how a call reads in reprs and assertion messages."""
    shown = [repr(arg) for arg in args]
    shown += [f'{key}={value!r}' for key, value in kwargs.items()]
    return f"{name}({', '.join(shown)})"


def _parts_of(value):
    """(name, args, kwargs) for any shape a call may be written in, name None when absent:
    (), (name,), (args,), (kwargs,), (name, args), (name, kwargs), (args, kwargs) and
    (name, args, kwargs)."""
    if len(value) == 3:
        return value
    name, rest = None, tuple(value)
    if rest and isinstance(rest[0], str):
        name, rest = rest[0], rest[1:]
    if len(rest) == 2:
        return name, rest[0], rest[1]
    if len(rest) == 1:
        # A lone tuple is positional arguments, anything else keyword arguments.
        if isinstance(rest[0], tuple):
            return name, rest[0], {}
        return name, (), rest[0]
    return name, (), {}


class _CallList(list):
    """A list of calls in which `in` also finds a run of consecutive calls."""

    def __contains__(self, value):
        if isinstance(value, list):
            run = len(value)
            return any(self[i:i + run] == value for i in range(len(self) - run + 1))
        return list.__contains__(self, value)

    def __repr__(self):
        # Long lists wrap one call per line, as pprint lays them out.
        return pprint.pformat(list(self))


class _Call(tuple):
    """One call as a tuple, with the name, the parent it was reached from, and the `call` syntax.

    `_mock_name` is the dotted path written so far, `_mock_parent` the record it was reached
    from, and `_mock_from_kall` says whether this record is a call (or only an attribute step).
    """

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        written, args, kwargs = _parts_of(value)
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name if written is None else written, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _triple(self):
        if len(self) == 2:
            return ('',) + tuple(self)
        return tuple(self)

    def __eq__(self, other):
        try:
            if len(other) > 3:
                return False
        except TypeError:
            return NotImplemented
        # Two records reached from different parents differ even when their own parts agree.
        mine_from = getattr(self, '_mock_parent', None)
        theirs_from = getattr(other, '_mock_parent', None)
        if mine_from and theirs_from and mine_from != theirs_from:
            return False
        name, args, kwargs = self._triple()
        their_name, their_args, their_kwargs = _parts_of(other)
        if name and name != (their_name or ''):
            return False
        # The other side compares first, so an ANY in the expected call matches.
        return (their_args, their_kwargs) == (args, kwargs)

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def __call__(self, *args, **kwargs):
        path = self._mock_name
        if path is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((path, args, kwargs), name=path + '()', parent=self)

    def __getattr__(self, attr):
        if attr.startswith('_mock_'):
            raise AttributeError(attr)
        path = self._mock_name
        if path is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name=path + '.' + attr, parent=self, from_kall=False)

    # tuple's own count and index would hide `call.count(...)` and `call.index(...)`.
    def count(self, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    @property
    def args(self):
        return self[-2]

    @property
    def kwargs(self):
        return self[-1]

    def __repr__(self):
        if not self._mock_from_kall:
            path = self._mock_name or 'call'
            return 'call' + path if path.startswith('()') else path
        name, args, kwargs = self._triple()
        if not name:
            label = 'call'
        elif name.startswith('()'):
            label = 'call' + name
        else:
            label = 'call.' + name
        return _call_text(label, args, kwargs)

    def call_list(self):
        """The calls that chained call syntax stands for, outermost first."""
        chain = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                chain.insert(0, link)
            link = link._mock_parent
        return _CallList(chain)


call = _Call(from_kall=False)
