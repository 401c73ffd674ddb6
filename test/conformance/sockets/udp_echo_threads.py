# A UDP echo server in a thread and a client: bind to port 0, sendto/recvfrom, the
# sender's address, an empty datagram, and the socket's type, family and repr.
import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(('127.0.0.1', 0))
host, port = server.getsockname()
print('server bound to', host, port > 0)
print(server.type, server.family, server.proto)
print(repr(server.type), repr(server.family))
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
print(repr(server).replace(str(port), 'P').replace('fd=%d' % server.fileno(), 'fd=N'))
print(isinstance(server.fileno(), int) and server.fileno() > 2)

received = []

def serve(count):
    for _ in range(count):
        data, peer = server.recvfrom(2048)
        received.append((data, peer[0]))
        server.sendto(b'echo:' + data, peer)

messages = [b'hello', b'', b'x' * 1500, bytes(range(256)), bytearray(b'from a bytearray'), memoryview(b'from a view')]
t = threading.Thread(target=serve, args=(len(messages),))
t.start()

client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print('client before sending', client.getsockname())
for m in messages:
    n = client.sendto(m, ('127.0.0.1', port))
    data, frm = client.recvfrom(4096)
    print('sent', n, 'got', len(data), data[:20], frm == (host, port))
t.join()
chost, cport = client.getsockname()
print('client bound by its first send:', chost, cport > 0)
print('server saw', [(len(d), h) for d, h in received])

# Datagrams keep their boundaries: three sends are three receives.
for m in (b'a', b'bb', b'ccc'):
    client.sendto(m, server.getsockname())
print([server.recv(100) for _ in range(3)])

# sendto with flags, and the host as bytes
client.sendto(b'flags', 0, (b'127.0.0.1', port))
print(server.recvfrom(10)[0])
client.close()
server.close()
print(repr(server).replace(str(port), 'P'))
