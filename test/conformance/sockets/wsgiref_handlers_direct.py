# wsgiref.handlers without a server: SimpleHandler and BaseCGIHandler over in-memory streams,
# start_response's checks, Content-Length rules, error replies, close() of results, format_date_time
import io, re, sys
from wsgiref.handlers import SimpleHandler, BaseCGIHandler, BaseHandler, format_date_time
from wsgiref.util import setup_testing_defaults, FileWrapper

def run(app, cls=SimpleHandler, proto='HTTP/1.0', **env_extra):
    env = {'SERVER_PROTOCOL': proto}
    env.update(env_extra)
    setup_testing_defaults(env)
    out, err = io.BytesIO(), io.StringIO()
    h = cls(io.BytesIO(b'in'), out, err, env)
    h.server_software = 'Soft/1'
    h.run(app)
    text = re.sub(rb'Date: [^\r]*', b'Date: X', out.getvalue())
    tb = err.getvalue()
    print(text)
    if tb:
        print('  err:', tb.strip().splitlines()[-1])
    return h

def simple(body, status='200 OK', headers=None):
    def app(environ, start_response):
        start_response(status, headers if headers is not None else [('Content-Type', 'text/plain')])
        return body
    return app

run(simple([b'one']))
run(simple([b'a', b'b']))
run(simple([]))
run(simple(iter([b'gen'])))
run(simple([b'x'], headers=[('Content-Length', '99'), ('Date', 'today'), ('Server', 'mine')]))
run(simple([b'zero']), proto='HTTP/0.9')
run(simple([b'cgi']), cls=BaseCGIHandler)
run(simple([b'cgi09']), cls=BaseCGIHandler, proto='HTTP/0.9')
run(simple([b'file data'], headers=[]), **{})

def filewrap(environ, start_response):
    start_response('200 OK', [])
    return environ['wsgi.file_wrapper'](io.BytesIO(b'wrapped!'), 3)
run(filewrap)

class Closing(list):
    def close(self):
        print('  result closed')
run(simple(Closing([b'c'])))

def env_app(environ, start_response):
    start_response('200 OK', [])
    keys = sorted(k for k in environ if k.startswith('wsgi.') and k not in ('wsgi.input', 'wsgi.errors', 'wsgi.file_wrapper'))
    return [repr([(k, environ[k]) for k in keys]).encode(), repr(environ['wsgi.input'].read()).encode(), repr(environ.get('SERVER_SOFTWARE')).encode()]
run(env_app)
run(env_app, HTTPS='on')

def twice(environ, start_response):
    start_response('200 OK', [])
    start_response('201 Created', [])
    return []
def late_error(environ, start_response):
    w = start_response('200 OK', [])
    w(b'part')
    try:
        raise KeyError('k')
    except KeyError:
        start_response('500 Oops', [], sys.exc_info())
    return []
def early_error(environ, start_response):
    start_response('200 OK', [('X', 'y')])
    try:
        raise KeyError('k')
    except KeyError:
        start_response('500 Oops', [], sys.exc_info())
    return [b'replaced']
def write_first(environ, start_response):
    environ['wsgi.errors']
    return [b'no start']
def bad(status, headers):
    def app(environ, start_response):
        start_response(status, headers)
        return [b'']
    return app
def str_body(environ, start_response):
    start_response('200 OK', [])
    return ['text']
def raises(environ, start_response):
    raise RuntimeError('app failed')
def raises_later(environ, start_response):
    start_response('200 OK', [])
    yield b'first'
    raise RuntimeError('mid-body')
for app in (twice, late_error, early_error, write_first, str_body, raises, raises_later,
            bad('200', []), bad('OK 200', []), bad('200OK', []), bad(b'200 OK', []),
            bad('200 OK', [(b'X', 'y')]), bad('200 OK', [('X', 1)]), bad('200 OK', [('Upgrade', 'h2')])):
    print(app.__name__)
    run(app)

print(format_date_time(0), format_date_time(784111777), format_date_time(1700000000.9))
print(BaseHandler.error_status, BaseHandler.error_headers, BaseHandler.error_body, BaseHandler.http_version,
      BaseHandler.origin_server, BaseHandler.wsgi_multithread, BaseHandler.wsgi_multiprocess, BaseHandler.wsgi_run_once)
h = SimpleHandler(io.BytesIO(), io.BytesIO(), io.StringIO(), {'a': 1}, multithread=False, multiprocess=True)
print(h.base_env, h.wsgi_multithread, h.wsgi_multiprocess, h.status, h.headers_sent, h.bytes_sent)
for name in ('_write', '_flush', 'get_stdin', 'get_stderr', 'add_cgi_vars'):
    try:
        getattr(BaseHandler(), name)(*(('x',) if name == '_write' else ()))
    except NotImplementedError as e:
        print(name, type(e).__name__, e)
