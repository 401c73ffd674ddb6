# SO_RCVBUF and SO_SNDBUF on TCP and UDP sockets: Linux's defaults, the doubled value
# after a set, the least value; SO_REUSEADDR and SO_BROADCAST read back.
import socket

for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
    with socket.socket(socket.AF_INET, kind) as s:
        print(kind.name, s.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF), s.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF))
        for value in (0, 1000, 4096, 100000):
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, value)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, value)
            print(' ', value, s.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF), s.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF))
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        print(' ', s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR), s.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))

# A UDP socket with a receive buffer set still gets a datagram.
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as r, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as w:
    r.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
    r.bind(('127.0.0.1', 0))
    w.sendto(b'fits', r.getsockname())
    print(r.recv(10))
