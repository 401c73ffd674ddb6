# http.server.BaseHTTPRequestHandler over raw sockets: request-line parsing (0.9, bad versions,
# HTTP/2, bad syntax), 414, header limits, unsupported methods, '//' paths, Expect: 100-continue,
# keep-alive with HTTP/1.1, send_error's page and its no-body statuses, log escaping
import socket, threading, http.server

logs = []
class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, fmt, *args):
        logs.append((fmt % args).translate(self._control_char_table))
    def do_GET(self):
        body = ('%s|%s|%s|%s' % (self.command, self.path, self.request_version, self.close_connection)).encode()
        if self.path == '/err204':
            self.send_error(204)
            return
        if self.path == '/err999':
            self.send_error(999, 'Odd <thing>', 'because & so')
            return
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_POST(self):
        data = self.rfile.read(int(self.headers['Content-Length']))
        self.send_response(200, 'Got It')
        self.send_header('Content-Length', str(len(data)))
        self.send_header('Connection', 'close')
        self.end_headers()
        self.wfile.write(data)

srv = http.server.HTTPServer(('127.0.0.1', 0), Handler)
t = threading.Thread(target=srv.serve_forever)
t.start()

def raw(data, label=None):
    s = socket.create_connection(srv.server_address)
    s.settimeout(5)
    s.sendall(data)
    chunks = []
    while True:
        b = s.recv(65536)
        if not b:
            break
        chunks.append(b)
    s.close()
    reply = b''.join(chunks)
    out = []
    for part in reply.split(b'\r\n'):
        if part.startswith((b'Date:', b'Server:')):
            continue
        out.append(part[:120])
    print(label or data[:60], out)

raw(b'GET /plain\r\n\r\n')
raw(b'GET /x HTTP/1.0\r\n\r\n')
raw(b'GET /x HTTP/1.1\r\nConnection: close\r\n\r\n')
raw(b'GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\nConnection: close\r\n\r\n')
raw(b'GET /k HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /k2 HTTP/1.0\r\n\r\n')
raw(b'GET //evil.com/x HTTP/1.0\r\n\r\n')
raw(b'GET /x HTTP/1.x\r\n\r\n')
raw(b'GET /x HTTP/1.1.1\r\n\r\n')
raw(b'GET /x HTTP/12345678901.1\r\n\r\n')
raw(b'GET /x FTP/1.0\r\n\r\n')
raw(b'GET /x HTTP/2.0\r\n\r\n')
raw(b'GET /x y HTTP/1.0\r\n\r\n')
raw(b'POST /x\r\n')
raw(b'\r\n')
raw(b'BREW /pot HTTP/1.0\r\n\r\n')
raw(b'GET /err204 HTTP/1.0\r\n\r\n')
raw(b'GET /err999 HTTP/1.0\r\n\r\n')
raw(b'GET /' + b'x' * 70000 + b' HTTP/1.0\r\n\r\n', 'long line')
raw(b'GET /h HTTP/1.0\r\n' + b'X: y\r\n' * 101 + b'\r\n', 'many headers')
raw(b'GET /h HTTP/1.0\r\nX: ' + b'y' * 70000 + b'\r\n\r\n', 'long header')
raw(b'POST /p HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\nbody')
raw(b'POST /p HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\nbody')
raw(b'GET /\x1b[31mred HTTP/1.0\r\n\r\n')
srv.shutdown()
srv.server_close()
t.join()
for line in logs:
    print('log:', line[:150])
h = Handler.__new__(Handler)
print(h.responses[404], Handler.default_request_version, Handler.error_content_type, Handler.server_version, Handler.sys_version.startswith('Python/'))
print(h.date_time_string(0), h.date_time_string(1e9), h.monthname[1:4], h.weekdayname[:2])
