# non-blocking connect: EINPROGRESS, completion seen by select, EISCONN after; a refused one: SO_ERROR,
# then a send gets EPIPE
import socket, select, errno
srv = socket.create_server(('127.0.0.1', 0))
c = socket.socket()
c.setblocking(False)
try:
    c.connect(srv.getsockname())
except BlockingIOError as e:
    print('in progress', e.errno == errno.EINPROGRESS, e)
r, w, x = select.select([], [c], [], 2)
print(len(w), c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
try:
    c.connect(srv.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno, errno.errorcode[e.errno])
print(c.connect_ex(srv.getsockname()))
a, _ = srv.accept()
c.send(b'hello')
print(a.recv(10))
c.close(); a.close()
port = srv.getsockname()[1]
srv.close()
d = socket.socket()
d.setblocking(False)
print(d.connect_ex(('127.0.0.1', port)) in (errno.EINPROGRESS, errno.ECONNREFUSED))
select.select([], [d], [], 2)
print(errno.errorcode[d.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)])
try:
    d.send(b'x')
except OSError as e:
    print(type(e).__name__, e)
d.close()
