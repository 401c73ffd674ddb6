# Blocking, timeout and non-blocking UDP sockets: settimeout/gettimeout/setblocking,
# TimeoutError('timed out'), BlockingIOError [Errno 11], the default timeout, and a
# non-blocking client and server taking turns in one thread.
import socket
import time

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(s.gettimeout(), s.getblocking())
s.bind(('127.0.0.1', 0))
s.settimeout(0.05)
print(s.gettimeout(), s.getblocking(), s.timeout)
for call in (lambda: s.recv(10), lambda: s.recvfrom(10), lambda: s.recv_into(bytearray(4)),
             lambda: s.recvfrom_into(bytearray(4))):
    try:
        call()
    except TimeoutError as e:
        print(type(e).__name__, e, e.errno, isinstance(e, socket.timeout))
try:
    s.accept()
except TimeoutError as e:
    print('accept:', e)
s.setblocking(False)
print(s.gettimeout(), s.getblocking())
for call in (lambda: s.recv(10), lambda: s.recvfrom(10), lambda: s.recvfrom(10, socket.MSG_PEEK)):
    try:
        call()
    except BlockingIOError as e:
        print(type(e).__name__, e, e.errno)
s.settimeout(None)
print(s.gettimeout(), s.getblocking())
s.settimeout(0)
print(s.gettimeout(), s.getblocking())
for bad in (-1, 'x', float('nan')):
    try:
        s.settimeout(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# A datagram that arrives within the timeout is received.
s.settimeout(2)
other = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
other.sendto(b'in time', s.getsockname())
print(s.recv(100))

# Sockets made after setdefaulttimeout take it.
socket.setdefaulttimeout(0.03)
d = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(d.gettimeout())
d.bind(('127.0.0.1', 0))
try:
    d.recvfrom(1)
except TimeoutError as e:
    print('default timeout:', e)
socket.setdefaulttimeout(None)
d.close()

# Non-blocking ping-pong in one thread: poll until each side has its datagram.
server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.setblocking(False)
server.bind(('127.0.0.1', 0))
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
client.setblocking(False)

def poll(sock):
    while True:
        try:
            return sock.recvfrom(100)
        except BlockingIOError:
            time.sleep(0.001)

log = []
for i in range(5):
    client.sendto(b'ping %d' % i, server.getsockname())
    data, addr = poll(server)
    log.append(('server', data))
    server.sendto(data.replace(b'ping', b'pong'), addr)
    log.append(('client', poll(client)[0]))
print(log)
for sock in (s, other, server, client):
    sock.close()
try:
    s.settimeout(1)
except OSError as e:
    print(type(e).__name__, e)
try:
    s.setblocking(True)
except OSError as e:
    print(type(e).__name__, e)
print(s.gettimeout())
