# selectors: the key table (register/modify/unregister errors, get_key, the get_map view) of each selector class.
import selectors
import socket


class FakeFile:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return 'FakeFile(%r)' % (self.fd,)


def pair():
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    srv.listen()
    one = socket.create_connection(srv.getsockname())
    two, _ = srv.accept()
    srv.close()
    return one, two


def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except (KeyError, ValueError, RuntimeError, TypeError) as e:
        print(label, type(e).__name__, e)


print(selectors.EVENT_READ, selectors.EVENT_WRITE, hasattr(selectors, '__all__'))
k = selectors.SelectorKey('f', 3, 1, None)
print(k, k._fields, selectors.SelectorKey.__doc__.splitlines()[0])
print(selectors.SelectorKey.fd.__doc__, '|', selectors.SelectorKey.events.__doc__)
print(selectors.SelectorKey.fileobj.__doc__, '|', selectors.SelectorKey.data.__doc__)
attempt('abstract', selectors.BaseSelector)

for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    print('--', cls.__name__, issubclass(cls, selectors.BaseSelector))
    a, b = pair()
    sel = cls()
    print(sel.register(a, selectors.EVENT_READ, 'a').data, sel.register(b.fileno(), 3).fileobj == b.fileno())
    try:
        sel.register(a, selectors.EVENT_WRITE)
    except KeyError as e:
        print('again', str(e).startswith('"<socket.socket fd='), str(e).endswith(' (FD %d) is already registered"' % a.fileno()))
    attempt('again by fd', sel.register, a.fileno(), selectors.EVENT_WRITE)
    attempt('no events', sel.register, FakeFile(50), 0)
    attempt('bad events', sel.register, FakeFile(50), 4)
    attempt('bad events 2', sel.register, FakeFile(50), 7)
    attempt('negative', sel.register, -1, 1)
    attempt('negative fileno', sel.register, FakeFile(-5), 1)
    attempt('no fileno', sel.register, 'text', 1)
    attempt('bad fileno', sel.register, FakeFile('x'), 1)
    attempt('float fileno', sel.register, FakeFile(2.5), 1)
    print(sel.unregister(2).fileobj)
    m = sel.get_map()
    print(len(m), sorted(m) == sorted([a.fileno(), b.fileno()]), a in m, a.fileno() in m, 99 in m)
    print(m[a].data, m[b.fileno()].events, m.get(99), sel.get_key(b).fd == b.fileno())
    attempt('map missing', m.__getitem__, 99)
    attempt('get_key missing', sel.get_key, FakeFile(99))
    attempt('get_key bad', sel.get_key, 'text')
    k1 = sel.get_key(a)
    k2 = sel.modify(a, selectors.EVENT_READ, 'a')
    print('same key', k1 is k2)
    k3 = sel.modify(a, selectors.EVENT_READ, 'new data')
    print(k3.data, k3.events, k3 is k1, sel.get_key(a) is k3)
    k4 = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, 'both')
    print(k4.events, k4.data, sel.get_key(a).events)
    attempt('modify missing', sel.modify, FakeFile(99), 1)
    attempt('modify bad events', lambda: sel.modify(a, 8)[2:])
    print(a in m and m[a].events)
    if a not in m:
        sel.register(a, 3, 'both')
    attempt('modify no events', lambda: sel.modify(a, 0)[2:])
    print(a in m and m[a].events)
    if a not in m:
        sel.register(a, 3, 'both')
    sel.modify(a, 3, 'both')
    ready = sorted((str(key.data), ev) for key, ev in sel.select(0))
    print(ready)
    b.send(b'x')
    ready = sorted((str(key.data), ev) for key, ev in sel.select(1))
    print(ready)
    print(sel.unregister(b).fd == b.fileno(), len(m))
    attempt('unregister again', sel.unregister, b.fileno())
    attempt('unregister bad', sel.unregister, 'text')
    a.close()
    print('closed socket', sel.unregister(a).data, len(sel.get_map()))
    b.close()
    with sel as s:
        print(s is sel)
    print(sel.get_map())
    attempt('get_key closed', sel.get_key, 5)
    print(sel.select(0) if cls is selectors.SelectSelector else 'closed')

# poll and epoll report a hang-up even for a key that asks for no events (it comes back with 0)
for cls in (selectors.PollSelector, selectors.EpollSelector):
    a, b = pair()
    s = cls()
    s.register(a, selectors.EVENT_READ)
    s.modify(a, 0)
    b.close()
    print(cls.__name__, [(k.events, ev) for k, ev in s.select(0)])
    s.modify(a, 8)
    print(cls.__name__, [(k.events, ev) for k, ev in s.select(0)])
    s.close()
    a.close()
