# wsgiref.validate: a compliant app passes; each kind of mistake (app or server side) gives CPython's AssertionError or WSGIWarning.
import io
import warnings
from wsgiref.validate import validator, WSGIWarning
from wsgiref.util import setup_testing_defaults


def env(**extra):
    e = {}
    setup_testing_defaults(e)
    e['wsgi.input'] = io.BytesIO(b'name=ann&x=1')
    e['wsgi.errors'] = io.StringIO()
    e['CONTENT_LENGTH'] = '12'
    e['QUERY_STRING'] = 'q=1'
    e.update(extra)
    return e


def good(environ, start_response):
    body = environ['wsgi.input'].read(int(environ['CONTENT_LENGTH']))
    environ['wsgi.errors'].write('log line\n')
    write = start_response('200 OK', [('Content-Type', 'text/plain'), ('X-Len', str(len(body)))])
    write(b'early ')
    return [b'got ', body]


def run(app, environ=None, start=None):
    out = []

    def start_response(status, headers, exc_info=None):
        out.append((status, headers))
        return lambda data: out.append(('write', data))

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            result = validator(app)(environ if environ is not None else env(), start or start_response)
            try:
                chunks = list(result)
            finally:
                result.close()
            print('ok', out, chunks)
        except AssertionError as e:
            print('AssertionError:', e)
        except Exception as e:
            print(type(e).__name__ + ':', e)
    for w in caught:
        print('   warning', w.category.__name__, w.message)


def make_app(status='200 OK', headers=None, body=(b'x',), before=None):
    def app(environ, start_response):
        if before:
            before(environ)
        start_response(status, [('Content-Type', 'text/html')] if headers is None else headers)
        return body
    return app


run(good)
run(make_app(status='200'))
run(make_app(status='20 OK'))
run(make_app(status=b'200 OK'))
run(make_app(status='099 Low'))
run(make_app(headers={'Content-Type': 'text/plain'}))
run(make_app(headers=[['Content-Type', 'text/plain']]))
run(make_app(headers=[('Content-Type', 'text/plain'), ('Status', '200')]))
run(make_app(headers=[('Content-Type', 'text/plain'), ('Bad:Name', 'v')]))
run(make_app(headers=[('Content-Type', 'text/plain'), ('1st', 'v')]))
run(make_app(headers=[('Content-Type', 'text/plain'), ('X-', 'v')]))
run(make_app(headers=[('Content-Type', 'text/plain'), ('X-A', 'line\nbreak')]))
run(make_app(headers=[]))
run(make_app(status='204 No Content', headers=[('Content-Type', 'text/plain')]))
run(make_app(status='304 Not Modified', headers=[], body=[]))
run(make_app(body='a string body'))
run(make_app(body=[b'ok', 'text']))
run(make_app(body=None))
run(make_app(before=lambda e: e['wsgi.input'].read()))
run(make_app(before=lambda e: e['wsgi.input'].close()))
run(make_app(before=lambda e: e['wsgi.errors'].write(b'bytes')))
run(make_app(before=lambda e: e['wsgi.errors'].close()))
run(lambda environ, start_response: [b'no start_response'])
run(good, env(REQUEST_METHOD='BREW'))
run(good, env(PATH_INFO='no-slash'))
run(good, env(SCRIPT_NAME='/'))
run(good, env(HTTP_CONTENT_TYPE='text/plain'))
run(good, env(SERVER_PORT=80))
run(good, env(**{'wsgi.url_scheme': 'ftp'}))
e = env()
del e['QUERY_STRING']
run(good, e)
e = env()
del e['wsgi.version']
run(good, e)
run(good, [('REQUEST_METHOD', 'GET')])


def exc_app(environ, start_response):
    try:
        raise ValueError('boom')
    except ValueError:
        start_response('500 Error', [('Content-Type', 'text/plain')], 'not a tuple')
    return [b'']


run(exc_app)
try:
    validator(good)(env())
except AssertionError as err:
    print('AssertionError:', err)
try:
    validator(good)(env(), lambda s, h: None, extra=1)
except AssertionError as err:
    print('AssertionError:', err)
print(issubclass(WSGIWarning, Warning))
