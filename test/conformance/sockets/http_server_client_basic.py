# http.server BaseHTTPRequestHandler + http.client: GET/POST/HEAD, keep-alive, errors, logs
import http.server, http.client, threading, sys, io, re

logs = []
class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, fmt, *args):
        logs.append(fmt % args)
    def do_GET(self):
        if self.path == '/missing':
            self.send_error(404)
            return
        if self.path == '/teapot':
            self.send_error(418, 'No <coffee>', 'Try & tea')
            return
        if self.path == '/chunked':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.send_header('Content-Type', 'text/plain; charset=UTF-8')
            self.end_headers()
            for part in (b'hello ', b'chunked ', b'world\nline2\n'):
                self.wfile.write(b'%x\r\n%s\r\n' % (len(part), part))
            self.wfile.write(b'0\r\n\r\n')
            return
        body = ('path=%s command=%s version=%s ua=%s' % (
            self.path, self.command, self.request_version, self.headers.get('User-Agent'))).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        self.send_header('X-Multi', 'a')
        self.send_header('X-Multi', 'b')
        self.end_headers()
        self.wfile.write(body)
    def do_HEAD(self):
        self.send_response(204)
        self.end_headers()
    def do_POST(self):
        n = int(self.headers['Content-Length'] or 0)
        if self.headers.get('Transfer-Encoding') == 'chunked':
            data = b''
            while True:
                size = int(self.rfile.readline(), 16)
                data += self.rfile.read(size)
                self.rfile.readline()
                if size == 0:
                    break
        else:
            data = self.rfile.read(n)
        body = b'got ' + data + b' ' + self.headers.get_content_type().encode()
        self.send_response(201, 'Made')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
print(srv.server_name, srv.server_port == srv.server_address[1], srv.daemon_threads)
t = threading.Thread(target=srv.serve_forever)
t.start()
host, port = srv.server_address

def show(r, body=None):
    hs = [(k, v) for k, v in r.getheaders() if k not in ('Date', 'Server')]
    print(r.status, repr(r.reason), r.version, hs)
    print(' server:', r.getheader('Server'), r.getheader('x-multi'), r.getheader('nope', 'dflt'))
    print(' body:', r.read() if body is None else body, r.isclosed(), r.closed)

c = http.client.HTTPConnection(host, port, timeout=10)
c.request('GET', '/a?b=1', headers={'User-Agent': 'tester'})
r = c.getresponse()
print(type(r).__name__, r.will_close, r.length, r.chunked)
show(r)
sock1 = c.sock
c.request('GET', '/again')
r = c.getresponse()
show(r)
print('same socket', c.sock is sock1)
c.request('POST', '/p', body=b'xyz', headers={'Content-Type': 'application/json; charset=utf-8'})
show(c.getresponse())
c.request('POST', '/gen', body=iter([b'ab', b'', b'cd']))
show(c.getresponse())
c.request('POST', '/str', body='text')
show(c.getresponse())
c.request('HEAD', '/h')
show(c.getresponse())
c.request('GET', '/chunked')
r = c.getresponse()
print(r.chunked, r.headers.get_content_charset(), r.headers.get_content_type())
print(r.read(3), r.read(5), r.readline(), r.readline(), r.read(), r.isclosed())
c.request('GET', '/chunked')
r = c.getresponse()
print([line for line in r])
c.request('GET', '/missing')
r = c.getresponse()
print(r.will_close)
show(r)
print('sock after close', c.sock)
c.request('GET', '/teapot')
show(c.getresponse())
c.close()

# putrequest/putheader/endheaders/send by hand
c = http.client.HTTPConnection('%s:%d' % (host, port))
print(c.host, c.port == port)
c.putrequest('PUT', '/manual', skip_accept_encoding=True)
c.putheader('Content-Length', 5)
c.putheader('X-Two', 'one', 'two')
c.endheaders()
c.send(b'hello')
r = c.getresponse()
print(r.status, r.read())
c.close()

# the raw bytes the server writes for a bad request
import socket
def raw(data):
    s = socket.create_connection((host, port))
    s.sendall(data)
    out = b''
    while True:
        chunk = s.recv(4096)
        if not chunk:
            break
        out += chunk
    s.close()
    out = re.sub(rb'Date: [^\r]*', b'Date: X', out)
    return out.replace(b'Python/3.11.7', b'Python/V')
print(raw(b'GET / HTTP/2.0\r\n\r\n').decode())
print(raw(b'BREW /pot HTTP/1.1\r\nConnection: close\r\n\r\n').decode())
print(raw(b'GET / HTTP/x\r\n\r\n').decode().splitlines()[0])
print(raw(b'GET / bad HTTP/1.1\r\n\r\n').decode().splitlines()[0])
print(raw(b'POST /\r\n\r\n').decode().splitlines()[0])
print(raw(b'GET /zero\r\n\r\n').decode())
print(raw(b'GET /a HTTP/1.0\r\n\r\n').decode())
print(raw(b'\r\n'))

srv.shutdown()
srv.server_close()
t.join()
for line in sorted(logs):
    print('log:', line)
