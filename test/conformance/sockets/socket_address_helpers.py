# inet_aton/inet_ntoa/inet_pton/inet_ntop, htons/ntohs/htonl/ntohl with their errors, getaddrinfo's
# entries (AddressFamily/SocketKind members), getservbyname/getservbyport
import socket
for f in (socket.htons, socket.ntohs, socket.htonl, socket.ntohl):
    for v in (0, 1, 0x1234, -1, 0x10000, 2**31, 2**32, 2**64, 1.5, True, 'x', None):
        try:
            print(f.__name__, v, f(v))
        except (OverflowError, TypeError) as e:
            print(f.__name__, v, type(e).__name__, e)
for s in ['1.2.3.4 x', ' 1.2.3.4', '1.2.3.4.', '0x100.1', '1.0x1000000', '1.2.65536', '0377.1.1.1', '08.1.1.1',
          '4294967295', '4294967296', '1..2', '+1.2.3.4', '1.2.3.4\n', '0x7f.0.0.1', '10.1', '0', '0x', '0x.1', '00', '0x1g', '255.255.255.255']:
    try:
        print(repr(s), socket.inet_aton(s), socket.inet_ntoa(socket.inet_aton(s)))
    except OSError as e:
        print(repr(s), e)
for s in ['1.2.3.4', '01.2.3.4', '1.2.3', '256.0.0.1', ' 1.2.3.4', '0.0.0.0']:
    try:
        print(repr(s), socket.inet_pton(socket.AF_INET, s))
    except OSError as e:
        print(repr(s), e)
for bad in [b'1.2.3.4', 1234]:
    try:
        socket.inet_aton(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    socket.inet_ntop(socket.AF_INET, b'123')
except ValueError as e:
    print('ValueError', e)
try:
    socket.inet_pton(99, '1.2.3.4')
except OSError as e:
    print(type(e).__name__, e)
print(socket.inet_ntoa(bytearray(b'abcd')), socket.inet_ntoa(memoryview(b'abcd')))
print(repr(socket.AF_INET), str(socket.AF_INET), socket.AddressFamily(2), repr(socket.SocketKind.SOCK_STREAM))
print(socket.getaddrinfo('127.0.0.1', 80))
print(socket.getaddrinfo('127.0.0.1', '8080', socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo(None, 'https', socket.AF_INET, 0, socket.IPPROTO_TCP))
print(socket.getaddrinfo('127.0.0.1', None, socket.AF_INET, socket.SOCK_DGRAM))
s = socket.socket()
print(s.family, repr(s.family), repr(s.type), s.type == socket.SOCK_STREAM)
s.close()
print(socket.getservbyname('http'), socket.getservbyname('https', 'tcp'), socket.getservbyport(443), socket.getservbyport(80, 'tcp'))
for args in [('nope',), ('http', 'xyz')]:
    try:
        socket.getservbyname(*args)
    except OSError as e:
        print(type(e).__name__, e)
try:
    socket.getservbyport(70000)
except OverflowError as e:
    print('OverflowError', e)
print(socket.gethostbyname_ex('127.0.0.1'))
