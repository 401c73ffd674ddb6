# Errors of UDP sockets: bad destinations, oversized datagrams, broadcast without
# SO_BROADCAST, binding twice or to a port in use, TCP-only calls, use after close,
# and argument errors, with CPython's messages.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

def attempt(label, call):
    try:
        print(label, '->', call())
    except Exception as e:
        print(label, '->', type(e).__name__, e)

attempt('port 0', lambda: s.sendto(b'x', ('127.0.0.1', 0)))
attempt('broadcast', lambda: s.sendto(b'x', ('255.255.255.255', 9)))
attempt('<broadcast>', lambda: s.sendto(b'x', ('<broadcast>', 9)))
attempt('loopback broadcast', lambda: s.sendto(b'x', ('127.255.255.255', 9)))
attempt('bind foreign address', lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).bind(('192.0.2.123', 0)))
attempt('not a tuple', lambda: s.sendto(b'x', '127.0.0.1'))
attempt('one item', lambda: s.sendto(b'x', ('127.0.0.1',)))
attempt('bad port', lambda: s.sendto(b'x', ('127.0.0.1', 70000)))
attempt('port type', lambda: s.sendto(b'x', ('127.0.0.1', '9')))
attempt('host type', lambda: s.sendto(b'x', (1, 9)))
attempt('unknown host', lambda: s.sendto(b'x', ('no-such-host.invalid', 9)))
attempt('too big', lambda: s.sendto(b'x' * 65508, ('127.0.0.1', 9)))
attempt('largest', lambda: s.sendto(b'x' * 65507, ('127.0.0.1', 9)))
attempt('str data', lambda: s.sendto('text', ('127.0.0.1', 9)))
attempt('one arg', lambda: s.sendto(b'x'))
attempt('four args', lambda: s.sendto(b'x', 0, ('127.0.0.1', 9), 1))
attempt('send unconnected', lambda: s.send(b'x'))
attempt('sendall unconnected', lambda: s.sendall(b'x'))

print(s.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST) != 0)

attempt('listen', lambda: s.listen())
s.setblocking(True)
attempt('accept', lambda: s.accept())
attempt('shutdown', lambda: s.shutdown(socket.SHUT_RD))
attempt('bind again', lambda: s.bind(('127.0.0.1', 0)))

# A port in use, and SO_REUSEADDR (both sockets set it) lets a second socket bind it.
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
attempt('in use', lambda: b.bind(a.getsockname()))
attempt('bind after a failed bind', lambda: b.bind(('127.0.0.1', 0)))
r1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r1.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(r1.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
r1.bind(('127.0.0.1', 0))
r2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r2.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
attempt('reuse', lambda: r2.bind(r1.getsockname()))
attempt('bind address', lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).bind(('127.0.0.1', 70000)))
attempt('bind bad host', lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).bind(('no-such-host.invalid', 0)))

# Protocols: 0 and IPPROTO_UDP
p = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
print(p.proto, p.type)
p.close()

# After close: EBADF everywhere, fileno -1
s.close()
s.close()
print(s.fileno())
attempt('sendto closed', lambda: s.sendto(b'x', ('127.0.0.1', 9)))
attempt('recvfrom closed', lambda: s.recvfrom(1))
attempt('recv closed', lambda: s.recv(1))
attempt('recv 0 closed', lambda: s.recv(0))
attempt('bind closed', lambda: s.bind(('127.0.0.1', 0)))
attempt('connect closed', lambda: s.connect(('127.0.0.1', 9)))
attempt('getsockname closed', lambda: s.getsockname())
attempt('setsockopt closed', lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1))
for sock in (a, b, r1, r2):
    sock.close()

# The with statement closes a UDP socket too.
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as w:
    w.bind(('127.0.0.1', 0))
print(w.fileno(), '[closed]' in repr(w))
