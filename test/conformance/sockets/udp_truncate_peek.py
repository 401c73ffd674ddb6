# recv/recvfrom with a buffer smaller than the datagram (the rest is dropped), MSG_PEEK,
# recv(0) and recvfrom(0), recv_into and recvfrom_into.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(('127.0.0.1', 0))
to_a = a.getsockname()

def send(*datagrams):
    for d in datagrams:
        b.sendto(d, to_a)

send(b'0123456789', b'second')
print(a.recv(4))            # the rest of the first datagram is gone
print(a.recv(100))

send(b'peekaboo', b'next')
print(a.recv(4, socket.MSG_PEEK))
print(a.recvfrom(100, socket.MSG_PEEK)[0])
data, addr = a.recvfrom(3)
print(data, addr == b.getsockname())
print(a.recv(100))

# recv(0) returns at once and leaves the datagram; recvfrom(0) takes it.
send(b'kept', b'dropped', b'after')
print(a.recv(0))
print(a.recv(100))
print(a.recvfrom(0)[0])
print(a.recv(100))

# recv_into / recvfrom_into
buf = bytearray(8)
send(b'abcdefghijkl')
print(a.recv_into(buf), buf)
send(b'xyz')
n, addr = a.recvfrom_into(buf)
print(n, buf, addr == b.getsockname())
send(b'123456')
print(a.recvfrom_into(buf, 2)[0], buf)
view = memoryview(bytearray(6))
send(b'mid')
print(a.recv_into(view[2:]), bytes(view))
send(b'peek into')
print(a.recv_into(buf, 4, socket.MSG_PEEK), buf, a.recv(100))

for call in (lambda: a.recvfrom_into(bytearray(3), 5), lambda: a.recv_into(bytearray(3), 5),
             lambda: a.recvfrom_into(bytearray(3), -1), lambda: a.recvfrom_into(b'abc'),
             lambda: a.recv_into(b'abc'), lambda: a.recvfrom(-1), lambda: a.recv(-1),
             lambda: a.recvfrom(), lambda: a.recvfrom(1, 0, 0)):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# A large datagram arrives whole.
big = bytes(range(256)) * 200
send(big)
print(a.recv(65536) == big)
a.close()
b.close()
