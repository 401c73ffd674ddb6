"""High-level I/O multiplexing, written in tpy over the native select module.

A selector keeps a SelectorKey per registered file object, by descriptor number, and
asks one of select's primitives which of them are ready: SelectSelector uses
select.select, PollSelector select.poll, EpollSelector select.epoll (the default, as on
Linux). All three report the same readiness, since tpy computes it once for all.
"""

from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping
import math
import select

__all__ = ['EVENT_READ', 'EVENT_WRITE', 'SelectorKey', 'BaseSelector', 'SelectSelector',
           'PollSelector', 'EpollSelector', 'DefaultSelector']

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1
_ANY_EVENT = EVENT_READ | EVENT_WRITE

SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

    Object used to associate a file object to its backing
    file descriptor, selected event mask, and attached data.
"""
SelectorKey.fileobj.__doc__ = 'File object registered.'
SelectorKey.fd.__doc__ = 'Underlying file descriptor.'
SelectorKey.events.__doc__ = 'Events that must be waited for on this file object.'
SelectorKey.data.__doc__ = ('Optional opaque data associated to this file object.\n'
                            'For example, this could be used to store a per-client session ID.')


def _descriptor_of(fileobj):
    """The descriptor number behind fileobj: an int itself, or what its fileno() says."""
    if isinstance(fileobj, int):
        number = fileobj
    else:
        try:
            number = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if number < 0:
        raise ValueError(f"Invalid file descriptor: {number}")
    return number


class _SelectorMapping(Mapping):
    """The read-only view get_map() returns: file object (or descriptor) -> SelectorKey."""

    def __init__(self, selector):
        self._owner = selector

    def __len__(self):
        return len(self._owner._keys)

    def __getitem__(self, fileobj):
        fd = self._owner._find_descriptor(fileobj)
        key = self._owner._keys.get(fd)
        if key is None:
            raise KeyError(f"{fileobj!r} is not registered")
        return key

    def __iter__(self):
        return iter(self._owner._keys)


class BaseSelector(metaclass=ABCMeta):
    """The interface every selector offers: register file objects, then wait for them."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        table = self.get_map()
        if table is None:
            raise RuntimeError('Selector is closed')
        try:
            return table[fileobj]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    @abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _KeyedSelector(BaseSelector):
    """What the three selectors share: the table of keys and its checks."""

    def __init__(self):
        self._keys = {}
        self._view = _SelectorMapping(self)

    def _find_descriptor(self, fileobj):
        # A file object that can no longer say its descriptor (a closed socket) is still
        # found by identity, so that it can be unregistered after it was closed.
        try:
            return _descriptor_of(fileobj)
        except ValueError:
            for key in self._keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~_ANY_EVENT:
            raise ValueError(f"Invalid events: {events!r}")
        fd = self._find_descriptor(fileobj)
        if fd in self._keys:
            raise KeyError(f"{fileobj!r} (FD {fd}) is already registered")
        key = SelectorKey(fileobj, fd, events, data)
        self._keys[fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._keys.pop(self._find_descriptor(fileobj))
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def modify(self, fileobj, events, data=None):
        try:
            old = self._keys[self._find_descriptor(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        if events != old.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != old.data:
            changed = old._replace(data=data)
            self._keys[old.fd] = changed
            return changed
        return old

    def close(self):
        self._keys.clear()
        self._view = None

    def get_map(self):
        return self._view

    def _ready_keys(self, reported):
        """[(key, events)] for (fd, what select's primitive reported) pairs, limited to what each key asked for."""
        ready = []
        for fd, events in reported:
            key = self._keys.get(fd)
            if key is not None and key.events & events:
                ready.append((key, key.events & events))
        return ready


class SelectSelector(_KeyedSelector):
    """A selector over select.select()."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        readable, writable, _ = select.select(self._readers, self._writers, [], timeout)
        events = dict.fromkeys(readable, EVENT_READ)
        for fd in writable:
            events[fd] = events.get(fd, 0) | EVENT_WRITE
        return self._ready_keys(events.items())


class _PollLikeSelector(_KeyedSelector):
    """A selector over an object with poll's register/modify/unregister/poll."""

    # The primitive's own event bits for reading and writing, and its time unit.
    _IN = select.POLLIN
    _OUT = select.POLLOUT
    _TICKS_PER_SECOND = 1000

    def _open_poller(self):
        return select.poll()

    def __init__(self):
        super().__init__()
        self._poller = self._open_poller()

    def _bits(self, events):
        return (self._IN if events & EVENT_READ else 0) | (self._OUT if events & EVENT_WRITE else 0)

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._poller.register(key.fd, self._bits(events))
        except BaseException:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._poller.unregister(key.fd)
        except OSError:
            # The descriptor may be closed already; the key is gone all the same.
            pass
        return key

    def modify(self, fileobj, events, data=None):
        try:
            old = self._keys[self._find_descriptor(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        if events != old.events:
            if not events or events & ~_ANY_EVENT:
                raise ValueError(f"Invalid events: {events!r}")
            self._poller.modify(old.fd, self._bits(events))
            new = old._replace(events=events, data=data)
            self._keys[old.fd] = new
            return new
        return super().modify(fileobj, events, data)

    def _wait(self, timeout):
        if timeout is None:
            return self._poller.poll()
        if timeout <= 0:
            return self._poller.poll(0)
        return self._poller.poll(math.ceil(timeout * self._TICKS_PER_SECOND))

    def select(self, timeout=None):
        translated = []
        for fd, bits in self._wait(timeout):
            # Anything but pure output wakes a reader (errors, hang-ups), anything but pure input a writer.
            events = (EVENT_READ if bits & ~self._OUT else 0) | (EVENT_WRITE if bits & ~self._IN else 0)
            translated.append((fd, events))
        return self._ready_keys(translated)


class PollSelector(_PollLikeSelector):
    """A selector over select.poll()."""


class EpollSelector(_PollLikeSelector):
    """A selector over select.epoll()."""

    _IN = select.EPOLLIN
    _OUT = select.EPOLLOUT
    _TICKS_PER_SECOND = 1

    def _open_poller(self):
        return select.epoll()

    def fileno(self):
        return self._poller.fileno()

    def _wait(self, timeout):
        if timeout is None:
            wait = -1
        elif timeout <= 0:
            wait = 0
        else:
            # epoll counts milliseconds: round up so a short timeout does not spin.
            wait = math.ceil(timeout * 1000) / 1000
        return self._poller.poll(wait, max(len(self._keys), 1))

    def close(self):
        self._poller.close()
        super().close()


DefaultSelector = EpollSelector
