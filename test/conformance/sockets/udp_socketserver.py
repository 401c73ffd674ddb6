# socketserver over UDP: UDPServer with a BaseRequestHandler (the request is the datagram
# and the socket), ThreadingUDPServer with a DatagramRequestHandler (rfile/wfile), and
# handle_request with a timeout.
import socket
import socketserver
import threading

class Upper(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        print('handler got', data, type(sock).__name__, sock.type)
        sock.sendto(data.upper(), self.client_address)

class Echo(socketserver.DatagramRequestHandler):
    def handle(self):
        text = self.rfile.read()
        self.wfile.write(b'echo: ' + text)

for server_cls, handler in [(socketserver.UDPServer, Upper), (socketserver.ThreadingUDPServer, Echo)]:
    with server_cls(('127.0.0.1', 0), handler) as server:
        print(server_cls.__name__, server.socket_type, server.socket.type, server.server_address[0])
        t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
        t.start()
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
            c.settimeout(5)
            for m in (b'abc', b'hello world', b''):
                c.sendto(m, server.server_address)
                print('client got', c.recv(100))
        server.shutdown()
        t.join()

# handle_request: one datagram, or handle_timeout when none comes in time.
class Timing(socketserver.UDPServer):
    timeout = 0.05
    def handle_timeout(self):
        print('handle_timeout called')

with Timing(('127.0.0.1', 0), Upper) as server:
    server.handle_request()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
        c.sendto(b'one request', server.server_address)
        server.handle_request()
        print('client got', c.recv(100))
print('done')
