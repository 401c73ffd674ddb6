# wsgiref: make_server with an application in a thread, requests through http.client; util and headers
import threading, http.client, io, sys, re
from wsgiref.simple_server import make_server, WSGIServer, WSGIRequestHandler, demo_app
from wsgiref.util import setup_testing_defaults, request_uri, application_uri, shift_path_info, is_hop_by_hop, FileWrapper, guess_scheme
from wsgiref.headers import Headers

def app(environ, start_response):
    path = environ['PATH_INFO']
    if path == '/boom':
        raise ValueError('boom')
    if path == '/bad-status':
        start_response('OK', [])
        return [b'']
    if path == '/hop':
        start_response('200 OK', [('Connection', 'close')])
        return [b'']
    if path == '/empty':
        start_response('204 No Content', [])
        return []
    if path == '/parts':
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return [b'one ', b'two ', b'three']
    if path == '/write':
        write = start_response('201 Created', [('X-Way', 'write')])
        write(b'written ')
        return [b'returned']
    body = environ['wsgi.input'].read(int(environ.get('CONTENT_LENGTH') or 0))
    keys = sorted(k for k in environ if (k.startswith(('HTTP_', 'REQUEST_METHOD', 'PATH_INFO', 'QUERY', 'CONTENT', 'SERVER_PROTOCOL', 'SERVER_SOFTWARE', 'SCRIPT', 'wsgi.')) or k in ('REMOTE_ADDR', 'REMOTE_HOST', 'SERVER_NAME', 'GATEWAY_INTERFACE')) and k not in ('wsgi.input', 'wsgi.errors', 'wsgi.file_wrapper', 'HTTP_HOST'))
    lines = ['%s=%r' % (k, environ[k]) for k in keys]
    lines.append('uri=' + request_uri(environ).split(':')[0])
    lines.append('body=%r' % body)
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return ['\n'.join(lines).encode()]

errors = io.StringIO()
class Quiet(WSGIRequestHandler):
    def log_message(self, fmt, *args):
        logs.append(fmt % args)
    def get_stderr(self):
        return errors
logs = []
srv = make_server('127.0.0.1', 0, app, handler_class=Quiet)
print(type(srv).__name__, isinstance(srv, WSGIServer), srv.get_app() is app)
print(sorted((k, v) for k, v in srv.base_environ.items() if k != 'SERVER_PORT'))
t = threading.Thread(target=srv.serve_forever)
t.start()
host, port = srv.server_address

def req(method, path, body=None, headers={}):
    c = http.client.HTTPConnection(host, port)
    c.request(method, path, body, headers)
    r = c.getresponse()
    hs = [(k, v) for k, v in r.getheaders() if k not in ('Date', 'Server')]
    print(method, path, r.status, r.reason, r.version, hs, 'Server' in r.headers, 'Date' in r.headers)
    print(r.read().decode())
    c.close()

req('GET', '/hello%20there?x=1&y=2', headers={'X-Custom': 'a', 'Accept': 'text/plain'})
req('POST', '/post', b'payload', {'Content-Type': 'application/octet-stream'})
req('GET', '/parts')
req('GET', '/write')
req('GET', '/empty')
req('GET', '/boom')
req('GET', '/bad-status')
req('GET', '/hop')
srv.shutdown()
srv.server_close()
t.join()
for line in sorted(logs):
    print('log:', line)
tb = errors.getvalue()
print(tb.count('Traceback'), 'ValueError: boom' in tb, 'AssertionError: Status must be at least 4 characters' in tb,
      "AssertionError: Hop-by-hop header, 'Connection: close', not allowed" in tb)

env = {}
setup_testing_defaults(env)
print(sorted((k, v) for k, v in env.items() if not k.startswith('wsgi.')), env['wsgi.url_scheme'], env['wsgi.version'])
print(request_uri(env), application_uri(env))
env.update(PATH_INFO='/a b/c;d', QUERY_STRING='q=1', SCRIPT_NAME='/app', HTTP_HOST='example.com:8080')
print(request_uri(env), request_uri(env, False), application_uri(env))
env = {'SCRIPT_NAME': '/x', 'PATH_INFO': '/a/./b//c/'}
while True:
    name = shift_path_info(env)
    print(repr(name), env['SCRIPT_NAME'], env['PATH_INFO'])
    if name is None:
        break
print(is_hop_by_hop('Keep-Alive'), is_hop_by_hop('Content-Type'), guess_scheme({'HTTPS': 'on'}), guess_scheme({}))
print(list(FileWrapper(io.BytesIO(b'abcdefg'), 3)))
h = Headers([('Content-Type', 'text/plain')])
h['X-A'] = '1'
h.add_header('X-A', '2')
h.add_header('Content-Disposition', 'attachment', filename='a b.txt', size=None)
print(repr(h), len(h), h['x-a'], h.get_all('X-A'), 'content-type' in h, h.keys())
h['X-A'] = '3'
del h['content-type']
print(h.setdefault('X-B', 'b'), h.setdefault('X-B', 'c'), h.items())
print(str(h), end='|\n')
print(bytes(h))
for bad in (lambda: Headers((1, 2)), lambda: Headers([('a', 1)]), lambda: h.__setitem__('x', 2)):
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
out = io.BytesIO()
from wsgiref.handlers import SimpleHandler
env = {}
setup_testing_defaults(env)
SimpleHandler(io.BytesIO(), out, io.StringIO(), env).run(demo_app)
print([l for l in re.sub(rb'Date: [^\r]*', b'Date: X', out.getvalue()).decode().split('\n')[:6] if not l.startswith('Content-Length')])
