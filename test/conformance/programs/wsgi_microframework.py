# A WSGI micro-framework (routing with regex, middleware, cookies, query parsing) exercised in-process through wsgiref.validate.
import re
import io
import json
from wsgiref.util import setup_testing_defaults, request_uri, application_uri, shift_path_info
from wsgiref.headers import Headers
from wsgiref.validate import validator
from http.cookies import SimpleCookie
from urllib.parse import parse_qs


class App:
    def __init__(self):
        self.routes = []

    def route(self, pattern, methods=('GET',)):
        def deco(fn):
            self.routes.append((re.compile('^' + pattern + '$'), methods, fn))
            return fn
        return deco

    def __call__(self, environ, start_response):
        path = environ.get('PATH_INFO', '/')
        method = environ['REQUEST_METHOD']
        for rx, methods, fn in self.routes:
            m = rx.match(path)
            if m:
                if method not in methods:
                    start_response('405 Method Not Allowed', [('Allow', ', '.join(methods)), ('Content-Type', 'text/plain')])
                    return [b'method not allowed']
                status, headers, body = fn(environ, **m.groupdict())
                start_response(status, headers)
                return [body]
        start_response('404 Not Found', [('Content-Type', 'text/plain')])
        return [b'not found: ' + path.encode()]


app = App()


@app.route(r'/hello/(?P<name>\w+)')
def hello(environ, name):
    qs = parse_qs(environ.get('QUERY_STRING', ''))
    times = int(qs.get('times', ['1'])[0])
    cookie = SimpleCookie(environ.get('HTTP_COOKIE', ''))
    visits = int(cookie['visits'].value) + 1 if 'visits' in cookie else 1
    out = SimpleCookie()
    out['visits'] = visits
    out['visits']['path'] = '/'
    out['visits']['httponly'] = True
    h = Headers([('Content-Type', 'text/plain; charset=utf-8')])
    h.add_header('Set-Cookie', out['visits'].OutputString())
    return '200 OK', h.items(), ('hello %s! ' % name * times).strip().encode()


@app.route(r'/api/items', methods=('GET', 'POST'))
def items(environ):
    if environ['REQUEST_METHOD'] == 'POST':
        size = int(environ.get('CONTENT_LENGTH') or 0)
        data = json.loads(environ['wsgi.input'].read(size))
        return '201 Created', [('Content-Type', 'application/json')], json.dumps({'created': data}).encode()
    return '200 OK', [('Content-Type', 'application/json')], json.dumps([1, 2, 3]).encode()


def timing_middleware(inner):
    def wrapped(environ, start_response):
        seen = {}

        def sr(status, headers, exc_info=None):
            seen['status'] = status
            return start_response(status, headers + [('X-Served-By', 'mw')], exc_info)

        body = inner(environ, sr)
        LOG.append('%s %s -> %s' % (environ['REQUEST_METHOD'], environ.get('PATH_INFO'), seen['status']))
        return body
    return wrapped


LOG = []
stack = validator(timing_middleware(app))


def request(method, path, body=b'', cookie=None):
    path, _, qs = path.partition('?')
    env = {'REQUEST_METHOD': method, 'SCRIPT_NAME': '', 'PATH_INFO': path, 'QUERY_STRING': qs, 'wsgi.input': io.BytesIO(body),
           'CONTENT_LENGTH': str(len(body))}
    if cookie:
        env['HTTP_COOKIE'] = cookie
    setup_testing_defaults(env)
    captured = {}

    def start_response(status, headers, exc_info=None):
        captured['status'] = status
        captured['headers'] = headers
        return lambda s: None

    result = iter(stack(env, start_response))
    try:
        body = b''.join(result)
    finally:
        getattr(result, "close", lambda: None)()
    return captured['status'], captured['headers'], body


for args in [('GET', '/hello/ann'), ('GET', '/hello/bob?times=3', b'', 'visits=4; theme=dark'), ('POST', '/hello/x'),
             ('GET', '/api/items'), ('POST', '/api/items', b'{"name": "pen"}'), ('GET', '/missing/path')]:
    print(args[:2], request(*args))
print(LOG)
env = {}
setup_testing_defaults(env)
print(sorted(k for k in env if not k.startswith('wsgi.')), request_uri(env), application_uri(env))
env['PATH_INFO'] = '/a/b/c'
env['SCRIPT_NAME'] = ''
print(shift_path_info(env), env['SCRIPT_NAME'], env['PATH_INFO'])
c = SimpleCookie()
c.load('a=1; b="quoted \\"x\\""; c=3')
print(sorted((k, v.value) for k, v in c.items()), c.output(header='Cookie:', sep=' || '))
h = Headers()
h['X-A'] = '1'
h.add_header('Content-Disposition', 'attachment', filename='r.txt')
print(str(h).replace('\r\n', '|'), h.get_all('x-a'), 'x-a' in h)
