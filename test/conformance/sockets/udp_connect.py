# connect() on a UDP socket: the default peer for send/recv, getpeername, the filter on
# who may send to it, reconnecting, sendto to the peer, and ICMP errors (connection
# refused) reported on a connected socket.
import select
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(('127.0.0.1', 0))
stranger = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
stranger.bind(('127.0.0.1', 0))

c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    c.send(b'nowhere')
except OSError as e:
    print(type(e).__name__, e)
try:
    c.getpeername()
except OSError as e:
    print(type(e).__name__, e)
print(c.connect(server.getsockname()))
print(c.getsockname()[0], c.getpeername() == server.getsockname())
print(c.send(b'hi there'))
data, addr = server.recvfrom(100)
print(data, addr == c.getsockname())

# Only the peer's datagrams reach a connected socket.
stranger.sendto(b'from a stranger', c.getsockname())
server.sendto(b'from the peer', c.getsockname())
print(c.recv(100))
c.setblocking(False)
print(select.select([c], [], [], 0.2)[0])
try:
    c.recv(100)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
c.setblocking(True)

print(c.sendto(b'to the peer by address', server.getsockname()))
print(server.recv(100))
c.sendall(b'sendall is one datagram')
print(server.recv(100))

# Connecting again changes the peer.
c.connect(stranger.getsockname())
print(c.getpeername() == stranger.getsockname())
c.send(b'now to the stranger')
print(stranger.recv(100))
print(c.connect_ex(server.getsockname()))
c.send(b'back to the server')
print(server.recv(100))

# A connected socket hears about a closed port: the error is raised once.
closed = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
closed.bind(('127.0.0.1', 0))
dead = closed.getsockname()
closed.close()
e = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
e.connect(dead)
print(e.send(b'anyone?'))
r, w, x = select.select([e], [], [], 2)
print(len(r), len(w), len(x))
try:
    e.recv(10)
except ConnectionRefusedError as exc:
    print(type(exc).__name__, exc)
print(e.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
e.send(b'again')
select.select([e], [], [], 2)
print(e.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
e.settimeout(0.05)
try:
    e.recv(10)
except TimeoutError as exc:
    print(type(exc).__name__, exc)
e.send(b'and again')
select.select([e], [], [], 2)
try:
    e.send(b'the error comes first')
except ConnectionRefusedError as exc:
    print('send:', type(exc).__name__, exc.errno)

# shutdown on a UDP socket
try:
    server.shutdown(socket.SHUT_RDWR)
except OSError as exc:
    print(type(exc).__name__, exc)
for s in (c, e, server, stranger):
    s.close()
