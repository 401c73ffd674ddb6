# for loops over socket files (a StreamRequestHandler's rfile, a makefile('rwb'), a comprehension over
# makefile('r')) wait for more lines as CPython's do
import socketserver, socket, threading

class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        n = 0
        for line in self.rfile:
            n += 1
            self.wfile.write(b'%d:' % n + line.upper())
        self.wfile.write(b'total %d\n' % n)

srv = socketserver.ThreadingTCPServer(('127.0.0.1', 0), Upper)
t = threading.Thread(target=srv.serve_forever, args=(0.05,))
t.start()
with socket.create_connection(srv.server_address) as c:
    f = c.makefile('rwb')
    for w in [b'one', b'two', b'three']:
        f.write(w + b'\n')
        f.flush()
        print(f.readline())
    c.shutdown(socket.SHUT_WR)
    for line in f:
        print('rest', line)
srv.shutdown()
srv.server_close()
t.join()
lines = []
a, b = socket.socketpair()
def writer():
    for i in range(5):
        b.sendall(b'line %d\n' % i)
    b.close()
w = threading.Thread(target=writer)
w.start()
rf = a.makefile('r')
print([l.strip() for l in rf])
w.join()
a.close()
