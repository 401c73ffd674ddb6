"""mock_open, PropertyMock and seal."""

import io

from ._mock_calls import DEFAULT
from ._mock_core import Mock, _SpecState, _is_instance_mock
from ._mock_magic import MagicMock

# dir() of the real file and open(): computed once, on first use, to spec the mocks by.
_specs = []


def _handle_and_open_specs():
    if not _specs:
        _specs.append(sorted(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO))))
        _specs.append(sorted(set(dir(io.open))))
    return _specs


class _FileContents:
    """The data behind a mock_open handle. Each call of the open mock rewinds it; the handle's
    read methods are routed here unless the test gave them a return_value of its own."""

    def __init__(self, handle, read_data):
        self.handle = handle
        self.read_data = read_data
        self.rewind()
        self.lines = self.readline_feed()

    def rewind(self):
        data = self.read_data
        self.stream = io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)

    @staticmethod
    def _override(method):
        # The handle's methods start with return_value None; anything else was set by the test.
        return method.return_value

    def read(self, *args, **kwargs):
        forced = self._override(self.handle.read)
        return self.stream.read(*args, **kwargs) if forced is None else forced

    def readlines(self, *args, **kwargs):
        forced = self._override(self.handle.readlines)
        return self.stream.readlines(*args, **kwargs) if forced is None else forced

    def iterate(self):
        forced = self._override(self.handle.readline)
        if forced is not None:
            while True:
                yield forced
        yield from self.stream

    def readline_feed(self, *args, **kwargs):
        # A generator used as side_effect: each readline() call takes its next item.
        yield from self.iterate()
        while True:
            yield self.stream.readline(*args, **kwargs)

    def next_line(self):
        forced = self._override(self.handle.readline)
        return next(self.stream) if forced is None else forced

    def reopen(self, *args, **kwargs):
        self.rewind()
        # A readline side effect the test set itself is left alone.
        if self.handle.readline.side_effect == self.lines:
            self.lines = self.readline_feed()
            self.handle.readline.side_effect = self.lines
        return DEFAULT


def mock_open(mock=None, read_data=''):
    """A mock to patch `open` with: the handle it returns reads `read_data` through read(),
    readline(), readlines() and iteration, and records writes. Each call starts the data over."""
    handle_spec, open_spec = _handle_and_open_specs()
    if mock is None:
        mock = MagicMock(name='open', spec=open_spec)
    handle = MagicMock(spec=handle_spec)
    contents = _FileContents(handle, read_data)
    handle.__enter__.return_value = handle
    for method in ('write', 'read', 'readline', 'readlines'):
        getattr(handle, method).return_value = None
    handle.read.side_effect = contents.read
    handle.readline.side_effect = contents.lines
    handle.readlines.side_effect = contents.readlines
    handle.__iter__.side_effect = contents.iterate
    handle.__next__.side_effect = contents.next_line
    mock.side_effect = contents.reopen
    mock.return_value = handle
    return mock


class PropertyMock(Mock):
    """A mock to put on a class as a property: reading the attribute calls it with no arguments,
    setting it calls it with the value."""

    # Children are ordinary MagicMocks: only the attribute itself behaves as a property.
    def _get_child_mock(self, /, **kw):
        return MagicMock(**kw)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Stop `mock` and its children from making new attributes: reading or setting one that was
    not configured raises AttributeError."""
    pending = [mock]
    while pending:
        current = pending.pop()
        current._mock_sealed = True
        # Only children this mock made itself are sealed too; mocks attached from elsewhere
        # (and autospec placeholders not yet built) keep their own state.
        for name in dir(current):
            try:
                child = getattr(current, name)
            except AttributeError:
                continue
            if (_is_instance_mock(child) and child._mock_new_parent is current
                    and not isinstance(child._mock_children.get(name), _SpecState)):
                pending.append(child)
