# A non-blocking recv() right after the peer closed (its thread joined) sees the EOF (b''),
# as over a kernel socket, and EAGAIN only while the peer is open and silent.
import errno
import socket
import threading

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen()
port = srv.getsockname()[1]
go = threading.Event()


def serve():
    conn, _ = srv.accept()
    with conn:
        f = conn.makefile('rwb')
        for line in f:
            f.write(line.upper())
            f.flush()
        f.close()
        print('server: client shut down its side')
        go.wait()


t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(('127.0.0.1', port), timeout=5)
c.sendall(b'ping\npong\n')
data = b''
while data.count(b'\n') < 2:
    data += c.recv(100)
print(data)
c.setblocking(False)
try:
    c.recv(10)
except BlockingIOError as e:
    print('open peer:', type(e).__name__, e.errno == errno.EAGAIN, e.strerror)
c.shutdown(socket.SHUT_WR)
go.set()
t.join()
print('closed peer:', c.recv(10), c.recv(10))
try:
    c.send(b'late')
except OSError as e:
    print('send after peer close:', type(e).__name__)
c.close()
srv.close()
