"""High-level I/O multiplexing, written in tpy over the native select module.

A selector keeps a SelectorKey per registered file object, by descriptor number, and
asks one of select's primitives which of them are ready: SelectSelector uses
select.select, PollSelector select.poll, EpollSelector select.epoll (the default, as on
Linux). All three report the same readiness, since tpy computes it once for all.
"""

import abc
import collections
import collections.abc
import math
import select

EVENT_READ = 1
EVENT_WRITE = 2
_BOTH = EVENT_READ | EVENT_WRITE

SelectorKey = collections.namedtuple('SelectorKey', 'fileobj fd events data')
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

    Object used to associate a file object to its backing
    file descriptor, selected event mask, and attached data.
"""
for _field, _text in (('fileobj', 'File object registered.'),
                      ('fd', 'Underlying file descriptor.'),
                      ('events', 'Events that must be waited for on this file object.'),
                      ('data', 'Optional opaque data associated to this file object.\n'
                               'For example, this could be used to store a per-client session ID.')):
    getattr(SelectorKey, _field).__doc__ = _text
del _field, _text


def _fd_of(fileobj):
    """The descriptor number behind fileobj: an int itself, or what its fileno() says."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


def _not_registered(fileobj):
    return KeyError(f"{fileobj!r} is not registered")


def _check_events(events):
    if not events or events & ~_BOTH:
        raise ValueError(f"Invalid events: {events!r}")


class _SelectorMapping(collections.abc.Mapping):
    """The read-only view get_map() returns: file object (or descriptor) -> SelectorKey."""
    # (The class name is CPython's: type(sel.get_map()).__name__ is visible.)

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._by_fd)

    def __iter__(self):
        return iter(self._selector._by_fd)

    def __getitem__(self, fileobj):
        found = self._selector._by_fd.get(self._selector._lookup(fileobj))
        if found is None:
            raise _not_registered(fileobj)
        return found


class BaseSelector(metaclass=abc.ABCMeta):
    """The interface every selector offers: register file objects, then wait for them."""

    @abc.abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abc.abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abc.abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        view = self.get_map()
        if view is None:
            raise RuntimeError('Selector is closed')
        try:
            return view[fileobj]
        except KeyError:
            raise _not_registered(fileobj) from None

    @abc.abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _TableSelector(BaseSelector):
    """The key table the three selectors share. Each one adds the primitive's side:
    _watch(fd, events) / _unwatch(fd) keep the primitive in step with the table,
    _ready(timeout) asks it which descriptors are ready, as (fd, EVENT_* mask) pairs."""

    def __init__(self):
        self._by_fd = {}
        self._view = _SelectorMapping(self)

    def _lookup(self, fileobj):
        # A file object that can no longer say its descriptor (a closed socket) is still
        # found by identity, so that it can be unregistered after it was closed.
        try:
            return _fd_of(fileobj)
        except ValueError:
            for key in self._by_fd.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def _registered(self, fileobj):
        found = self._by_fd.get(self._lookup(fileobj))
        if found is None:
            raise _not_registered(fileobj)
        return found

    def register(self, fileobj, events, data=None):
        _check_events(events)
        fd = self._lookup(fileobj)
        if fd in self._by_fd:
            raise KeyError(f"{fileobj!r} (FD {fd}) is already registered")
        self._by_fd[fd] = key = SelectorKey(fileobj, fd, events, data)
        try:
            self._watch(fd, events)
        except BaseException:
            del self._by_fd[fd]
            raise
        return key

    def unregister(self, fileobj):
        key = self._registered(fileobj)
        del self._by_fd[key.fd]
        self._unwatch(key.fd)
        return key

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        if events != key.events:
            return self._change_events(fileobj, key, events, data)
        if data != key.data:
            key = self._by_fd[key.fd] = key._replace(data=data)
        return key

    def _change_events(self, fileobj, key, events, data):
        # Without an in-place change in the primitive, the file object is registered anew.
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    def select(self, timeout=None):
        try:
            reported = self._ready(timeout)
        except InterruptedError:
            return []
        table = self._by_fd
        found = []
        for fd, events in reported:
            key = table.get(fd)
            if key is not None:
                found.append((key, events & key.events))
        return found

    def close(self):
        self._by_fd.clear()
        self._view = None

    def get_map(self):
        return self._view


class SelectSelector(_TableSelector):
    """A selector over select.select()."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def _watch(self, fd, events):
        if events & EVENT_READ:
            self._readers.add(fd)
        if events & EVENT_WRITE:
            self._writers.add(fd)

    def _unwatch(self, fd):
        self._readers.discard(fd)
        self._writers.discard(fd)

    def _ready(self, timeout):
        readable, writable, _ = select.select(self._readers, self._writers, [],
                                              None if timeout is None else max(timeout, 0))
        events = dict.fromkeys(readable, EVENT_READ)
        for fd in writable:
            events[fd] = events.get(fd, 0) | EVENT_WRITE
        return events.items()


class _PollerSelector(_TableSelector):
    """A selector over an object with poll's register/modify/unregister/poll."""

    # The primitive's own bits for reading and writing.
    _IN = select.POLLIN
    _OUT = select.POLLOUT

    def __init__(self):
        super().__init__()
        self._poller = self._new_poller()

    def _new_poller(self):
        return select.poll()

    def _bits(self, events):
        return (self._IN if events & EVENT_READ else 0) | (self._OUT if events & EVENT_WRITE else 0)

    def _watch(self, fd, events):
        self._poller.register(fd, self._bits(events))

    def _unwatch(self, fd):
        try:
            self._poller.unregister(fd)
        except OSError:
            # The descriptor may be closed already; the key is gone all the same.
            pass

    def _change_events(self, fileobj, key, events, data):
        # Changed in place; as CPython, the new events are not checked here.
        try:
            self._poller.modify(key.fd, self._bits(events))
        except BaseException:
            self.unregister(fileobj)
            raise
        key = self._by_fd[key.fd] = key._replace(events=events, data=data)
        return key

    def _poll(self, timeout):
        """The poller's (fd, bits) list; poll() counts its timeout in whole milliseconds."""
        if timeout is None:
            return self._poller.poll()
        return self._poller.poll(0 if timeout <= 0 else math.ceil(timeout * 1000))

    def _ready(self, timeout):
        inbits, outbits = self._IN, self._OUT
        # Anything but pure output wakes a reader (errors, hang-ups), anything but pure input a writer.
        return [(fd, (EVENT_READ if bits & ~outbits else 0) | (EVENT_WRITE if bits & ~inbits else 0))
                for fd, bits in self._poll(timeout)]


class PollSelector(_PollerSelector):
    """A selector over select.poll()."""


class EpollSelector(_PollerSelector):
    """A selector over select.epoll()."""

    _IN = select.EPOLLIN
    _OUT = select.EPOLLOUT

    def _new_poller(self):
        return select.epoll()

    def fileno(self):
        return self._poller.fileno()

    def _poll(self, timeout):
        if timeout is None:
            seconds = -1
        elif timeout <= 0:
            seconds = 0
        else:
            # epoll counts milliseconds: round up so a short timeout does not spin.
            seconds = math.ceil(timeout * 1000) / 1000
        return self._poller.poll(seconds, max(len(self._by_fd), 1))

    def close(self):
        self._poller.close()
        super().close()


DefaultSelector = EpollSelector
