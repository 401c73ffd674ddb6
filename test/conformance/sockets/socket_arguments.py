# Argument errors of socket methods, with CPython's messages for each calling convention.
import socket
s = socket.socket()
for f in (lambda: s.close(1), lambda: s.connect(a=1), lambda: s.recv(b=1), lambda: s.recv(1,2,3), lambda: s.listen(1,2), lambda: s.getsockopt(1), lambda: s.getsockopt(1,2,3,4), lambda: s.setsockopt(1,2,3,4), lambda: s.sendall(), lambda: s.settimeout(t=1), lambda: s.shutdown(1,2), lambda: s.fileno(1), lambda: s.accept(1), lambda: s._accept(1), lambda: s.setblocking(), lambda: s.gettimeout(1), lambda: s.detach(1), lambda: s.getblocking(1)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
for f in (lambda: s.connect(), lambda: s.connect(1, 2), lambda: s.recv(), lambda: s.recv('x'), lambda: s.send(), lambda: s.bind(), lambda: s.settimeout(), lambda: s.shutdown(), lambda: s.listen('x'), lambda: s.setsockopt(1, 2), lambda: s.recv(1, 2, 3)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
s.close()
