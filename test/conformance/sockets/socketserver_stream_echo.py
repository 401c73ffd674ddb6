# socketserver.TCPServer (allow_reuse_address, context manager) with a StreamRequestHandler
# (rfile/wfile) run by serve_forever in a thread, stopped by shutdown()
import socketserver, threading, socket

class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        print('handler', type(self.rfile).__name__ != '', type(self.wfile).__name__ != '', self.client_address[0])
        while True:
            line = self.rfile.readline()
            if not line:
                break
            self.wfile.write(line.strip().upper() + b'\n')

class Server(socketserver.TCPServer):
    allow_reuse_address = True

with Server(('127.0.0.1', 0), Echo) as srv:
    host, port = srv.server_address
    print(host, port > 0, srv.socket.type == socket.SOCK_STREAM, srv.address_family, srv.request_queue_size)
    t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    for word in ['alpha', 'beta']:
        with socket.create_connection((host, port)) as c:
            f = c.makefile('rwb')
            for i in range(3):
                f.write(b'%s %d\n' % (word.encode(), i))
                f.flush()
                print(f.readline())
            f.close()
    srv.shutdown()
    t.join()
print('closed', srv.socket.fileno())
print(socketserver.TCPServer.allow_reuse_address, socketserver.ThreadingMixIn.daemon_threads)
