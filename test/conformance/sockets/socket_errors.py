import socket
s = socket.socket()
t = socket.socket()
print(s.fileno(), t.fileno())
s.close()
u = socket.socket()
print(u.fileno(), s.fileno())
print(repr(s))
for call in (lambda: s.recv(1), lambda: s.send(b'x'), lambda: s.getsockname(), lambda: s.listen(), lambda: s.connect(('127.0.0.1', 1)), lambda: s.settimeout(3), lambda: s.close()):
    try:
        print(call())
    except OSError as e:
        print(type(e).__name__, e)
try:
    t.recv(-1)
except ValueError as e:
    print(type(e).__name__, e)
for call in (lambda: t.recv(1), lambda: t.getpeername(), lambda: t.shutdown(socket.SHUT_RDWR), lambda: t.send(b'x')):
    try:
        print(call())
    except OSError as e:
        print(type(e).__name__, e)
for addr in ('x', ('127.0.0.1',), ('127.0.0.1', 'x'), (1, 2), ('127.0.0.1', 70000), ('127.0.0.1', -1)):
    try:
        t.connect(addr)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    t.send('text')
except TypeError as e:
    print(type(e).__name__, e)
print(t.gettimeout(), t.getblocking(), t.timeout)
t.settimeout(2)
print(t.gettimeout(), t.getblocking(), t.timeout)
t.setblocking(False)
print(t.gettimeout(), t.getblocking())
print(t.getsockname(), t.family, t.type, t.proto)
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.SHUT_RDWR, socket.AF_INET, socket.SOCK_STREAM)
print(issubclass(socket.gaierror, OSError), socket.gaierror.__module__, socket.timeout is TimeoutError, socket.error is OSError)
with socket.socket() as w:
    print(w.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print(w.fileno())
t.close(); u.close()
