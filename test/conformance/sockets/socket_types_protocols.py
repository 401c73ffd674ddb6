# socket(family, type, proto): the SocketKind members, SOCK_NONBLOCK and SOCK_CLOEXEC
# flags in the type, and Linux's errors for types and protocols it does not have.
import socket

print([(m.name, m.value) for m in (socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOCK_RAW, socket.SOCK_RDM,
                                   socket.SOCK_SEQPACKET, socket.SOCK_NONBLOCK, socket.SOCK_CLOEXEC)])
print(socket.SocketKind(2048), repr(socket.SocketKind(524288)))

for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
    for flags in (0, socket.SOCK_NONBLOCK, socket.SOCK_CLOEXEC, socket.SOCK_NONBLOCK | socket.SOCK_CLOEXEC):
        with socket.socket(socket.AF_INET, kind | flags) as s:
            print(repr(s.type), s.gettimeout(), s.getblocking())

socket.setdefaulttimeout(2.5)
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM | socket.SOCK_NONBLOCK) as s:
    print('nonblock beats the default timeout:', s.gettimeout())
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
    print('default timeout:', s.gettimeout())
socket.setdefaulttimeout(None)

for kind, proto in [(1, 0), (1, 6), (2, 0), (2, 17), (1, 17), (2, 6), (2, 99), (1, 99),
                    (0, 0), (4, 0), (5, 0), (6, 0), (11, 0), (100, 0)]:
    try:
        with socket.socket(socket.AF_INET, kind, proto) as s:
            print(kind, proto, 'ok', s.type, s.proto)
    except OSError as e:
        print(kind, proto, type(e).__name__, e)

with socket.socket(socket.AF_INET, socket.SOCK_DGRAM | socket.SOCK_NONBLOCK) as s:
    s.bind(('127.0.0.1', 0))
    try:
        s.recv(1)
    except BlockingIOError as e:
        print(type(e).__name__, e)
