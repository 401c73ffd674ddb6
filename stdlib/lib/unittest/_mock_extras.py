"""mock_open, PropertyMock and seal."""

import io

from ._mock_calls import DEFAULT
from ._mock_core import Mock, _SpecState, _is_instance_mock
from ._mock_magic import MagicMock

_file_spec = None
_open_spec = None


def _as_stream(data):
    return io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)


def mock_open(mock=None, read_data=''):
    """A mock to patch `open` with: the handle it returns reads `read_data` through read(),
    readline(), readlines() and iteration, and records writes. Each call starts the data over."""
    global _file_spec, _open_spec
    if _file_spec is None:
        _file_spec = sorted(set(dir(io.TextIOWrapper)).union(dir(io.BytesIO)))
        _open_spec = sorted(set(dir(io.open)))
    state = [_as_stream(read_data), None]

    def read_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def readlines_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def lines():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def readline_effect(*args, **kwargs):
        yield from lines()
        while True:
            yield state[0].readline(*args, **kwargs)

    def next_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    if mock is None:
        mock = MagicMock(name='open', spec=_open_spec)
    handle = MagicMock(spec=_file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = read_effect
    state[1] = readline_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = readlines_effect
    handle.__iter__.side_effect = lines
    handle.__next__.side_effect = next_effect

    def reset_data(*args, **kwargs):
        state[0] = _as_stream(read_data)
        # A readline side effect the test set itself is left alone.
        if handle.readline.side_effect == state[1]:
            state[1] = readline_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


class PropertyMock(Mock):
    """A mock to put on a class as a property: reading the attribute calls it with no arguments,
    setting it calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Stop `mock` and its children from making new attributes: reading or setting one that was
    not configured raises AttributeError."""
    mock._mock_sealed = True
    for name in dir(mock):
        try:
            child = getattr(mock, name)
        except AttributeError:
            continue
        if not _is_instance_mock(child):
            continue
        if isinstance(child._mock_children.get(name), _SpecState):
            continue
        if child._mock_new_parent is mock:
            seal(child)
