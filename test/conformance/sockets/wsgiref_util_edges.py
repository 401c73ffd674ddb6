# wsgiref.util without a server: shift_path_info's edge cases, the URI builders' port and quoting
# rules, setup_testing_defaults for http and https, FileWrapper's close, guess_scheme's accepted values
import io
from wsgiref.util import shift_path_info, application_uri, request_uri, setup_testing_defaults, FileWrapper, guess_scheme, is_hop_by_hop

for p in ['abc', '/', '/.', '/a/.', '//', '/a//b/', '/..', '/a/../b', 'x/y', '', '/a/./b']:
    for sn in ['', '/s', '/s/']:
        e = {'PATH_INFO': p, 'SCRIPT_NAME': sn}
        try:
            r = shift_path_info(e)
            print(repr(p), repr(sn), repr(r), sorted(e.items()))
        except Exception as x:
            print(repr(p), repr(sn), type(x).__name__, x)
print(shift_path_info({}), shift_path_info({'PATH_INFO': '/z'}))

base = {'wsgi.url_scheme': 'http', 'SERVER_NAME': 'srv', 'SERVER_PORT': '80'}
for extra in [{}, {'SERVER_PORT': '8080'}, {'wsgi.url_scheme': 'https', 'SERVER_PORT': '443'},
              {'wsgi.url_scheme': 'https', 'SERVER_PORT': '80'}, {'HTTP_HOST': 'h:1'}, {'HTTP_HOST': ''},
              {'SCRIPT_NAME': '/a b/ü'}, {'SCRIPT_NAME': '/app', 'PATH_INFO': '/x y;z=1,2?#'},
              {'PATH_INFO': '/p', 'QUERY_STRING': 'a=1'}, {'PATH_INFO': 'noslash'}, {'QUERY_STRING': ''}]:
    e = dict(base, **extra)
    print(application_uri(e), request_uri(e), request_uri(e, include_query=False))
try:
    application_uri({'SERVER_NAME': 'x'})
except KeyError as x:
    print(type(x).__name__, x)

for seed in [{}, {'HTTPS': 'on'}, {'wsgi.url_scheme': 'ftp'}, {'SERVER_NAME': 'n', 'PATH_INFO': '/q'}, {'HTTP_HOST': 'given'}]:
    e = dict(seed)
    setup_testing_defaults(e)
    print(list(k for k in e if not k.startswith('wsgi.')), [e[k] for k in e if not k.startswith('wsgi.')],
          e['wsgi.url_scheme'], e['wsgi.run_once'], e['wsgi.multithread'], e['wsgi.multiprocess'],
          type(e['wsgi.input']).__name__, type(e['wsgi.errors']).__name__)
for v in ['on', 'ON', 'yes', '1', 'true', 'off', '']:
    print(repr(v), guess_scheme({'HTTPS': v}))
for name in ['Connection', 'TE', 'trailers', 'Transfer-Encoding', 'upgrade', 'Proxy-Authorization', 'Proxy-Authenticate', 'keep-alive', 'Trailer', 'Host']:
    print(name, is_hop_by_hop(name))

src = io.BytesIO(b'0123456789')
w = FileWrapper(src, 4)
print(iter(w) is w, next(w), list(w), w.close == src.close)
w.close()
print(src.closed, hasattr(FileWrapper(object()), 'close'))
try:
    FileWrapper(object()).__next__()
except AttributeError as x:
    print(type(x).__name__)
