# socketserver hooks in order: verify_request, process_request, handle_error, shutdown_request;
# bind_and_activate=False, a request denied by verify_request
import socketserver, socket, threading, sys, io

class Bad(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        if data == b'boom':
            raise ValueError('handler failed on %r' % data)
        self.request.sendall(b'ok')

class S(socketserver.TCPServer):
    allow_reuse_address = True
    def handle_error(self, request, client_address):
        exc = sys.exc_info()
        print('handle_error', exc[0].__name__, exc[1], client_address[0])
    def verify_request(self, request, client_address):
        print('verify', client_address[0])
        return True
    def process_request(self, request, client_address):
        print('process')
        super().process_request(request, client_address)
    def shutdown_request(self, request):
        print('shutdown_request')
        super().shutdown_request(request)

srv = S(('127.0.0.1', 0), Bad)
for payload in [b'boom', b'fine']:
    got = []
    def cl():
        c = socket.create_connection(srv.server_address)
        c.sendall(payload)
        got.append(c.recv(10))
        c.close()
    t = threading.Thread(target=cl)
    t.start()
    srv.handle_request()
    t.join()
    print('client', got)
srv.server_close()
try:
    socketserver.TCPServer(('127.0.0.1', 0), Bad, bind_and_activate=False).fileno() > 0
    print('unbound ok')
except Exception as e:
    print(type(e).__name__, e)
s2 = socketserver.TCPServer(('127.0.0.1', 0), Bad, bind_and_activate=False)
print(s2.server_address)
s2.server_bind()
print(s2.server_address[1] > 0)
s2.server_activate()
s2.server_close()
class Deny(S):
    def verify_request(self, request, client_address):
        return False
d = Deny(('127.0.0.1', 0), Bad)
c = socket.create_connection(d.server_address)
d.handle_request()
print('denied recv', c.recv(10))
c.close(); d.server_close()
print(socketserver.BaseServer.timeout, socketserver.TCPServer.request_queue_size, socketserver.TCPServer.socket_type)
