# wsgiref.simple_server edges over a raw socket: repeated headers joined, headers that collide with
# CGI variables, the default CONTENT_TYPE, a too-long request line (414), a malformed one (400)
import socket, threading
from wsgiref.simple_server import make_server, WSGIRequestHandler, ServerHandler, software_version, server_version

def app(environ, start_response):
    keys = ('CONTENT_TYPE', 'CONTENT_LENGTH', 'HTTP_X_REP', 'HTTP_SERVER_NAME', 'SERVER_NAME', 'QUERY_STRING', 'PATH_INFO', 'REMOTE_HOST')
    start_response('200 OK', [])
    return [repr([(k, environ.get(k)) for k in keys]).encode()]

logs = []
class Quiet(WSGIRequestHandler):
    def log_message(self, fmt, *args):
        logs.append(fmt % args)
srv = make_server('127.0.0.1', 0, app, handler_class=Quiet)
t = threading.Thread(target=srv.serve_forever)
t.start()

def raw(data):
    s = socket.create_connection(srv.server_address)
    s.sendall(data)
    chunks = []
    while True:
        b = s.recv(65536)
        if not b:
            break
        chunks.append(b)
    s.close()
    reply = b''.join(chunks)
    head, _, body = reply.partition(b'\r\n\r\n')
    print(head.split(b'\r\n')[0], [l for l in head.split(b'\r\n')[1:] if not l.startswith((b'Date', b'Server'))], body[:200])

raw(b'GET /a%2Fb%20c?x=%20 HTTP/1.0\r\nX-Rep: one\r\nX-Rep:  two \r\nServer-Name: spoof\r\n\r\n')
raw(b'POST /p HTTP/1.0\r\nContent-Type: text/html\r\nContent-Length: 0\r\n\r\n')
raw(b'GET /' + b'a' * 70000 + b' HTTP/1.0\r\n\r\n')
raw(b'NONSENSE\r\n\r\n')
srv.shutdown()
srv.server_close()
t.join()
for line in logs:
    print('log:', line.replace('a' * 100, 'a...'))
print(server_version, software_version.startswith(server_version + ' '), ServerHandler.server_software == software_version, Quiet.server_version)
