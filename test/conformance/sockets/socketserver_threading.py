# ThreadingTCPServer with setup/handle/finish, handle_request on a TCPServer, handle_timeout
import socketserver, threading, socket

log = []
lock = threading.Lock()

class Handler(socketserver.BaseRequestHandler):
    def setup(self):
        with lock: log.append('setup')
    def handle(self):
        data = self.request.recv(1024)
        self.request.sendall(b'[' + data + b']')
        with lock: log.append('handle ' + data.decode())
    def finish(self):
        with lock: log.append('finish')

srv = socketserver.ThreadingTCPServer(('127.0.0.1', 0), Handler)
srv.daemon_threads = True
print(isinstance(srv, socketserver.ThreadingMixIn), isinstance(srv, socketserver.TCPServer))
print([c.__name__ for c in socketserver.ThreadingTCPServer.__mro__])
addr = srv.server_address
t = threading.Thread(target=srv.serve_forever)
t.start()
socks = [socket.create_connection(addr) for i in range(4)]
for i, s in enumerate(socks):
    s.sendall(b'm%d' % i)
for s in socks:
    print(s.recv(100))
    s.close()
srv.shutdown()
srv.server_close()
t.join()
print(sorted(log))
# handle_request on a plain TCPServer
srv2 = socketserver.TCPServer(('127.0.0.1', 0), Handler)
def client():
    with socket.create_connection(srv2.server_address) as c:
        c.sendall(b'one')
        print('client got', c.recv(100))
ct = threading.Thread(target=client)
ct.start()
srv2.handle_request()
ct.join()
srv2.timeout = 0.05
class T(socketserver.TCPServer):
    def handle_timeout(self):
        print('timed out')
srv3 = T(('127.0.0.1', 0), Handler)
srv3.timeout = 0.05
srv3.handle_request()
srv3.server_close()
srv2.server_close()
print(log.count('finish'))
