# Closing after shutdown(SHUT_WR) with bytes left unread (what socketserver does to a request
# verify_request() refuses): the peer reads end of stream, not a reset, and the program exits;
# closing with unread bytes and no shutdown resets the connection
import socket
import socketserver
import time

srv = socket.create_server(("127.0.0.1", 0))
for shut in (True, False):
    c = socket.create_connection(srv.getsockname())
    conn, _ = srv.accept()
    c.sendall(b"unread")
    time.sleep(0.05)
    if shut:
        conn.shutdown(socket.SHUT_WR)
    conn.close()
    time.sleep(0.05)
    for i in range(2):
        try:
            print(shut, repr(c.recv(10)))
        except OSError as e:
            print(shut, type(e).__name__, e)
    c.close()
srv.close()


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(b"echo " + self.request.recv(100))


class Picky(socketserver.TCPServer):
    def verify_request(self, request, client_address):
        self.seen += 1
        return self.seen != 2


server = Picky(("127.0.0.1", 0), Echo)
server.seen = 0
for msg in [b"first", b"second", b"third"]:
    c = socket.create_connection(server.server_address)
    c.sendall(msg)
    server.handle_request()
    c.settimeout(2)
    try:
        print(msg, repr(c.recv(100)))
    except OSError as e:
        print(msg, type(e).__name__, e)
    c.close()
server.server_close()
print("done")
