# A server and a client in one program over 127.0.0.1: connect completes before accept,
# makefile readline, shutdown, half-close, and the repr of sockets (ports not printed).
import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
c = socket.create_connection(srv.getsockname())
a, addr = srv.accept()
print(repr(c).split(', laddr')[0])
print(repr(a).split(', laddr')[0])
print(a.gettimeout(), addr[0], addr == c.getsockname(), c.getpeername() == srv.getsockname())

w = c.makefile('wb')
print(repr(w))
w.write(b'line1\nline2\nrest')
w.flush()
c.shutdown(socket.SHUT_WR)
f = a.makefile('rb')
print(repr(f), f.mode, f.name == a.fileno())
print(f.readline(), f.readline(3), f.readline(), f.read(), f.readline())
print(f.closed, w.closed)
f.close()
print(f.closed, repr(f))

a.sendall(b'still open the other way')
print(c.recv(100))
try:
    c.send(b'x')
except BrokenPipeError as e:
    print(type(e).__name__, e)
a.close()
print(c.recv(100))
print(repr(a))

with socket.socket() as z:
    print(z.fileno() > 0)
print(z.fileno())

c.setblocking(False)
try:
    c.recv(1)
except OSError as e:
    print(type(e).__name__, e)
w.close()
c.close()
srv.close()
print(repr(srv))

# recv(0) returns at once; MSG_PEEK looks without taking.
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
c = socket.create_connection(srv.getsockname())
a, _ = srv.accept()
print(c.recv(0))
a.sendall(b'abc')
print(c.recv(2, socket.MSG_PEEK))
print(c.recv(10))
a.close()
print(c.recv(0), c.recv(5))
c.close()
srv.close()
