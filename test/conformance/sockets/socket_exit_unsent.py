# A program that ends with a connection full of unsent bytes whose peer (in the same program)
# never read them: the process ends, as the kernel closes both ends at exit.
import socket
srv = socket.create_server(('127.0.0.1', 0))
c = socket.create_connection(srv.getsockname())
a, _ = srv.accept()
c.setblocking(False)
sent = 0
try:
    while True:
        sent += c.send(b'x' * 65536)
except BlockingIOError as e:
    print('send buffer full', type(e).__name__, e.errno, sent > 0)
a.sendall(b'and some unread bytes the other way')
print('ending with both ends open')
