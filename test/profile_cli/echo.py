# A socket echo in one program (server socket, client, accepted connection): every
# accept and recv may wait, which under -m cProfile runs inside exec().
import socket
import time


def serve(srv):
    conn, _ = srv.accept()
    return conn


def echo(conn, n):
    data = conn.recv(n)
    conn.sendall(data.upper())
    return data


def talk(c, conn, words):
    for w in words:
        c.sendall(w)
        echo(conn, len(w))
        time.sleep(0.001)
        print(c.recv(100))


srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
c = socket.create_connection(srv.getsockname())
conn = serve(srv)
talk(c, conn, [b'one', b'two', b'three'])
c.close()
print(conn.recv(10))
conn.close()
srv.close()
